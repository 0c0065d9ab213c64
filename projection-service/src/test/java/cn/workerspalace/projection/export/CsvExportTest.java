package cn.workerspalace.projection.export;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.projection.export.Table.Kind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportTest {

    private final Table table = Table.titled("2026年各市统计")
            .column("城市", Kind.TEXT)
            .column("开班数", Kind.COUNT)
            .column("已发放补助（元）", Kind.MONEY)
            .row(List.of("济南市", 52L, new BigDecimal("452000")))
            .row(List.of("青岛市", 48L, new BigDecimal("12345.5")))
            .totals(List.of("全省合计", 100L, new BigDecimal("464345.5")))
            .build();

    @Test
    void the_file_starts_with_a_utf_8_byte_order_mark_so_that_excel_reads_chinese_right() {
        byte[] csv = CsvExport.write(table);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).startsWith("城市,");
    }

    @Test
    void the_first_line_holds_the_chinese_column_headers() {
        assertThat(lines(CsvExport.write(table))[0]).isEqualTo("城市,开班数,已发放补助（元）");
    }

    @Test
    void rows_follow_in_order_with_counts_as_integers_and_yuan_with_two_decimals() {
        String[] lines = lines(CsvExport.write(table));

        assertThat(lines[1]).isEqualTo("济南市,52,452000.00");
        assertThat(lines[2]).isEqualTo("青岛市,48,12345.50");
    }

    @Test
    void the_totals_row_comes_last() {
        String[] lines = lines(CsvExport.write(table));

        assertThat(lines).hasSize(4);
        assertThat(lines[3]).isEqualTo("全省合计,100,464345.50");
    }

    @Test
    void lines_end_with_crlf() {
        String csv = new String(CsvExport.write(table), StandardCharsets.UTF_8);

        assertThat(csv).endsWith("\r\n").doesNotContain("0\n济");
        assertThat(csv.split("\r\n", -1)).hasSize(5);
    }

    @Test
    void a_field_with_a_comma_quote_or_line_break_is_quoted_and_its_quotes_doubled() {
        Table names = Table.titled("t").column("文化宫", Kind.TEXT)
                .row(List.of("济南市工人文化宫, 历下分馆")).row(List.of("\"职工之家\"")).row(List.of("两行\n名称"))
                .build();

        assertThat(lines(CsvExport.write(names))).containsExactly("文化宫", "\"济南市工人文化宫, 历下分馆\"",
                "\"\"\"职工之家\"\"\"", "\"两行\n名称\"");
    }

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_defused() {
        Table names = Table.titled("t").column("文化宫", Kind.TEXT).row(List.of("=HYPERLINK(\"x\")")).build();

        assertThat(lines(CsvExport.write(names))[1]).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }

    @Test
    void an_empty_cell_is_an_empty_field() {
        Table sparse = Table.titled("t").column("城市代码", Kind.TEXT).column("城市", Kind.TEXT)
                .totals(Arrays.asList(null, "全省合计")).build();

        assertThat(lines(CsvExport.write(sparse))[1]).isEqualTo(",全省合计");
    }

    private static String[] lines(byte[] csv) {
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        return text.substring(0, text.length() - 2).split("\r\n");
    }
}
