package cn.workerspalace.projection.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a table as an .xlsx workbook of one sheet: a bold header row (frozen), numbers as numeric cells (yuan with
 * two decimals), and the totals row in bold under a rule. Column widths follow the longest text, a Chinese
 * character counting twice.
 */
public final class XlsxExport {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_WIDTH_CHARS = 60;

    private XlsxExport() {
    }

    public static byte[] write(Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.title()));
            int[] widths = new int[table.columns().size()];

            Row header = sheet.createRow(0);
            for (int i = 0; i < table.columns().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(table.columns().get(i).header());
                cell.setCellStyle(styles.header);
                widths[i] = Math.max(widths[i], width(table.columns().get(i).header()));
            }
            int r = 1;
            for (List<Object> cells : table.rows()) {
                write(sheet.createRow(r++), cells, table.columns(), styles, false, widths);
            }
            if (table.totals() != null) {
                write(sheet.createRow(r), table.totals(), table.columns(), styles, true, widths);
            }
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH_CHARS) + 3) * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
    }

    private static void write(Row row, List<Object> cells, List<Table.Column> columns, Styles styles, boolean totals,
                              int[] widths) {
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            Cell cell = row.createCell(i);
            Table.Kind kind = columns.get(i).kind();
            if (value instanceof Number number && kind != Table.Kind.TEXT) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(kind == Table.Kind.MONEY ? styles.money(totals) : styles.count(totals));
                widths[i] = Math.max(widths[i], number.toString().length() + (kind == Table.Kind.MONEY ? 4 : 1));
            } else {
                String text = value == null ? "" : value.toString();
                cell.setCellValue(text);
                cell.setCellStyle(styles.text(totals));
                widths[i] = Math.max(widths[i], width(text));
            }
        }
    }

    /** Display width in Latin characters: a character outside Latin-1 is twice as wide. */
    static int width(String text) {
        return text.codePoints().map(c -> c > 0xFF ? 2 : 1).sum();
    }

    private static final class Styles {
        final CellStyle header;
        private final CellStyle text;
        private final CellStyle count;
        private final CellStyle money;
        private final CellStyle totalText;
        private final CellStyle totalCount;
        private final CellStyle totalMoney;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            short integer = workbook.createDataFormat().getFormat("#,##0");
            short yuan = workbook.createDataFormat().getFormat("#,##0.00");

            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            text = workbook.createCellStyle();
            count = workbook.createCellStyle();
            count.setDataFormat(integer);
            money = workbook.createCellStyle();
            money.setDataFormat(yuan);
            totalText = total(workbook, bold, (short) 0);
            totalCount = total(workbook, bold, integer);
            totalMoney = total(workbook, bold, yuan);
        }

        private static CellStyle total(XSSFWorkbook workbook, Font bold, short format) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(bold);
            style.setBorderTop(BorderStyle.DOUBLE);
            if (format != 0) {
                style.setDataFormat(format);
            }
            return style;
        }

        CellStyle text(boolean totals) {
            return totals ? totalText : text;
        }

        CellStyle count(boolean totals) {
            return totals ? totalCount : count;
        }

        CellStyle money(boolean totals) {
            return totals ? totalMoney : money;
        }
    }
}
