package cn.workerspalace.projection.export;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.projection.export.Table.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExportTest {

    private final Table table = Table.titled("2026年各市统计")
            .column("城市代码", Kind.TEXT)
            .column("城市", Kind.TEXT)
            .column("开班数", Kind.COUNT)
            .column("已发放补助（元）", Kind.MONEY)
            .row(List.of("370100", "济南市", 52L, new BigDecimal("452000.50")))
            .row(List.of("370200", "青岛市", 48L, new BigDecimal("1000")))
            .totals(Arrays.asList(null, "全省合计", 100L, new BigDecimal("453000.50")))
            .build();

    @Test
    void the_sheet_is_named_after_the_table_and_its_first_row_holds_the_chinese_headers() throws IOException {
        try (XSSFWorkbook workbook = read(XlsxExport.write(table))) {
            Sheet sheet = workbook.getSheetAt(0);

            assertThat(workbook.getNumberOfSheets()).isOne();
            assertThat(sheet.getSheetName()).isEqualTo("2026年各市统计");
            assertThat(texts(sheet.getRow(0))).containsExactly("城市代码", "城市", "开班数", "已发放补助（元）");
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void figures_are_numeric_cells_and_codes_stay_text() throws IOException {
        try (XSSFWorkbook workbook = read(XlsxExport.write(table))) {
            Row jinan = workbook.getSheetAt(0).getRow(1);

            assertThat(jinan.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(jinan.getCell(0).getStringCellValue()).isEqualTo("370100");
            assertThat(jinan.getCell(1).getStringCellValue()).isEqualTo("济南市");
            assertThat(jinan.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(jinan.getCell(2).getNumericCellValue()).isEqualTo(52);
            assertThat(jinan.getCell(3).getNumericCellValue()).isEqualTo(452000.50);
            assertThat(jinan.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        }
    }

    @Test
    void the_totals_row_comes_last_in_bold() throws IOException {
        try (XSSFWorkbook workbook = read(XlsxExport.write(table))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row totals = sheet.getRow(sheet.getLastRowNum());

            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(totals.getCell(0).getStringCellValue()).isEmpty();
            assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("全省合计");
            assertThat(totals.getCell(2).getNumericCellValue()).isEqualTo(100);
            assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(453000.50);
            assertThat(workbook.getFontAt(totals.getCell(2).getCellStyle().getFontIndex()).getBold()).isTrue();
        }
    }

    @Test
    void a_column_is_wide_enough_for_its_chinese_header() throws IOException {
        try (XSSFWorkbook workbook = read(XlsxExport.write(table))) {
            // 已发放补助（元）: 8 wide characters, 16 Latin ones, at 256 units each
            assertThat(workbook.getSheetAt(0).getColumnWidth(3)).isGreaterThanOrEqualTo(16 * 256);
        }
    }

    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> texts(Row row) {
        return java.util.stream.IntStream.range(0, row.getLastCellNum())
                .mapToObj(i -> row.getCell(i).getStringCellValue()).toList();
    }
}
