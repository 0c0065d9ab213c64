package cn.workerspalace.projection.stats.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.projection.support.ProjectionIntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The city and palace tables as files, asked for with the Accept header or the format parameter. */
class ExportApiTest extends ProjectionIntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void accept_text_csv_answers_the_city_table_as_csv_with_bom_chinese_headers_and_a_totals_row() {
        ResponseEntity<byte[]> response = get("/api/stats/cities?year=2045", "text/csv");

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment; filename=\"cities-2045.csv\"")
                .contains("filename*=UTF-8''%E5%90%84%E5%B8%82%E7%BB%9F%E8%AE%A1-2045.csv");
        byte[] body = response.getBody();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("城市代码,城市,分配名额,已占用名额");
        assertThat(lines[1]).startsWith("370100,济南市,0,0");
        assertThat(lines[lines.length - 1]).startsWith(",全省合计,");
    }

    @Test
    void accept_xlsx_answers_a_workbook_of_the_city_table() throws Exception {
        ResponseEntity<byte[]> response = get("/api/stats/cities?year=2045", XLSX);

        assertThat(response.getHeaders().getContentType().toString()).isEqualTo(XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("城市");
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(1).getStringCellValue()).isEqualTo("全省合计");
        }
    }

    @Test
    void the_format_parameter_answers_one_city_s_palaces_as_a_workbook_whatever_the_accept_header() throws Exception {
        String palace = "palace-" + UUID.randomUUID();
        events.palace(palace, "导出测试文化宫", PalaceLevel.CITY, "371600", null);
        events.course("c-" + palace, palace, "书法", "楷书");
        events.openClass("k-" + palace, "c-" + palace, palace, 12, 3, 2045);
        events.confirmed("k-" + palace, "w1");
        events.attended("k-" + palace, "w1", 0);
        awaitApplied();

        ResponseEntity<byte[]> response = get("/api/stats/palaces?year=2045&cityCode=371600&format=xlsx",
                "application/json");

        assertThat(response.getHeaders().getContentType().toString()).isEqualTo(XLSX);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment; filename=\"palaces-371600-2045.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("2045年滨州市文化宫统计");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("导出测试文化宫");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("市级");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("滨州市合计");
            // seats, then distinct trainees
            assertThat(sheet.getRow(2).getCell(11).getNumericCellValue()).isEqualTo(12);
            assertThat(sheet.getRow(2).getCell(15).getNumericCellValue()).isEqualTo(1);
        }
        ResponseEntity<byte[]> csv = get("/api/stats/palaces?year=2045&cityCode=371600&format=csv", null);
        assertThat(new String(csv.getBody(), StandardCharsets.UTF_8)).contains("导出测试文化宫,市级,371600,滨州市");
    }

    @Test
    void without_a_format_the_palace_list_stays_json() {
        ResponseEntity<byte[]> response = get("/api/stats/palaces?year=2045", "application/json");

        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(new String(response.getBody(), StandardCharsets.UTF_8)).startsWith("[");
    }

    @Test
    void an_unknown_format_answers_400_naming_the_parameter() {
        ResponseEntity<String> response = stats.get("/api/stats/cities?year=2045&format=pdf");

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).contains("\"field\":\"format\"");
    }

    @Test
    void an_accept_header_that_no_format_meets_answers_406() {
        assertThat(get("/api/stats/cities?year=2045", "application/pdf").getStatusCode().value()).isEqualTo(406);
    }

    private ResponseEntity<byte[]> get(String path, String accept) {
        HttpHeaders headers = new HttpHeaders();
        if (accept != null) {
            headers.set(HttpHeaders.ACCEPT, accept);
        }
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    }
}
