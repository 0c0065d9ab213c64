package cn.workerspalace.projection.export;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma, quote or
 * line break) in UTF-8 with a byte order mark, the header line first and the totals row last. A text cell that a
 * spreadsheet would take for a formula (it starts with =, +, - or @) is prefixed with an apostrophe.
 */
public final class CsvExport {

    public static final String MEDIA_TYPE = "text/csv";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvExport() {
    }

    public static byte[] write(Table table) {
        StringBuilder csv = new StringBuilder();
        line(csv, table.columns().stream().map(column -> (Object) column.header()).toList(), null);
        for (List<Object> row : table.rows()) {
            line(csv, row, table.columns());
        }
        if (table.totals() != null) {
            line(csv, table.totals(), table.columns());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(csv.length() * 2 + BOM.length);
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder csv, List<Object> cells, List<Table.Column> columns) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            Table.Kind kind = columns == null ? Table.Kind.TEXT : columns.get(i).kind();
            csv.append(field(cells.get(i), kind));
        }
        csv.append("\r\n");
    }

    private static String field(Object cell, Table.Kind kind) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number number && kind != Table.Kind.TEXT) {
            return kind == Table.Kind.MONEY ? money(number) : number.toString();
        }
        String text = cell.toString();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String money(Number amount) {
        BigDecimal yuan = amount instanceof BigDecimal decimal ? decimal : new BigDecimal(amount.toString());
        return yuan.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
