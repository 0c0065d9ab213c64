package cn.workerspalace.projection.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.contracts.EventEnvelope;
import cn.workerspalace.contracts.Topics;
import cn.workerspalace.contracts.enrollment.AttendanceRecordedEvent;
import cn.workerspalace.projection.support.Browser;
import cn.workerspalace.projection.support.DemoProvince;
import cn.workerspalace.projection.support.EventPublisher;
import cn.workerspalace.projection.support.StatsClient;
import cn.workerspalace.testsupport.TestPostgres;
import cn.workerspalace.testsupport.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The operations centre's dashboard in a real headless Chromium, against the real service (PostgreSQL, an embedded
 * KRaft broker) fed with a whole made-up year of the province through Kafka: what the page shows is what the API
 * answers, the drill-down and the sorting work, the downloads parse and match, and an event published while the
 * page is open shows up on it without a reload. Saves {@code target/dashboard.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(kraft = true, partitions = 1, topics = {Topics.COURSE_EVENTS, Topics.ENROLLMENT_EVENTS},
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserTest {

    private static final int YEAR = 2026;
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final List<String> CITY_FIGURES = List.of("allocated", "reserved", "waiting", "paidPlaces",
            "remaining", "paidAmount", "degreeStudents", "classesOpened", "lessonsHeld", "distinctTrainees",
            "personTimes");
    private static final List<String> CITY_HEADERS = List.of("城市代码", "城市", "分配名额", "已占用名额", "候补人数",
            "已资助人数", "剩余名额", "已发放补助（元）", "学历学员", "开班数", "已授课节次", "去重学员", "参训人次");
    private static final List<String> PALACE_FIGURES = List.of("courses", "classesOpened", "classesCancelled",
            "classesCompleted", "lessons", "lessonsHeld", "seats", "confirmed", "waitlisted", "attendances",
            "distinctTrainees", "completions");

    @DynamicPropertySource
    static void db(DynamicPropertyRegistry registry) {
        TestPostgres.registerDataSource(registry);
    }

    @Autowired
    EmbeddedKafkaBroker broker;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;
    @LocalServerPort
    int port;

    private EventPublisher publisher;
    private DemoProvince demo;
    private StatsClient stats;
    private ChromeDriver browser;

    @BeforeAll
    void publishTheYearAndOpenTheBrowser() {
        // first, so that a machine without Chromium fails at once, saying what to install
        browser = Browser.start(1366, 900);
        stats = new StatsClient(http);
        publisher = new EventPublisher(broker, StatsClient.JSON, Instant.parse("2026-02-01T00:00:00Z"));
        demo = new DemoProvince(publisher, YEAR, 20260301L).publish();
        publisher.flush();
        awaitApplied();
        open();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (publisher != null) {
            publisher.close();
        }
    }

    @Test
    @Order(1)
    void the_province_summary_shows_the_figures_the_api_answers() {
        JsonNode province = stats.json("/api/stats/cities?year=" + YEAR).get("province");
        JsonNode subsidy = stats.json("/api/stats/subsidy?year=" + YEAR);
        JsonNode trainees = stats.json("/api/stats/trainees?year=" + YEAR).get("province");

        for (String figure : List.of("quota", "allocated", "reserved", "waiting", "paidPlaces", "remaining",
                "paidAmount", "degreeStudents", "classesOpened", "lessonsHeld", "lessons", "distinctTrainees",
                "personTimes")) {
            assertThat(number(figureOnPage(figure))).as(figure).isEqualByComparingTo(province.get(figure).decimalValue());
        }
        // and the figures agree with the contract's own endpoints
        for (String figure : List.of("quota", "allocated", "reserved", "waiting", "paidPlaces", "remaining",
                "paidAmount")) {
            assertThat(number(figureOnPage(figure))).as(figure).isEqualByComparingTo(subsidy.get(figure).decimalValue());
        }
        assertThat(number(figureOnPage("distinctTrainees"))).isEqualByComparingTo(
                trainees.get("distinctTrainees").decimalValue());
        assertThat(number(figureOnPage("personTimes"))).isEqualByComparingTo(trainees.get("personTimes").decimalValue());
        assertThat(number(figureOnPage("degreeStudents"))).isEqualByComparingTo(
                trainees.get("degreeStudents").decimalValue());
        assertThat(number(figureOnPage("quota"))).isEqualByComparingTo("1200");
        assertThat(browser.findElement(By.id("as-of-event")).getText())
                .isEqualTo(wallClock(stats.json("/api/stats/cities?year=" + YEAR).get("asOfEvent").asText()));
    }

    @Test
    @Order(2)
    void every_city_row_and_the_totals_row_show_the_figures_the_api_answers() {
        JsonNode cities = stats.json("/api/stats/cities?year=" + YEAR);

        List<String> codes = browser.findElements(By.cssSelector("#city-table > tbody > tr[data-city]")).stream()
                .map(row -> row.getDomAttribute("data-city")).toList();
        assertThat(codes).hasSize(17).containsAll(DemoProvince.CITIES.stream().map(DemoProvince.City::code).toList())
                .contains("370000");
        for (JsonNode city : cities.get("cities")) {
            String code = city.get("cityCode").asText();
            WebElement row = browser.findElement(By.cssSelector("#city-table tr[data-city='" + code + "']"));
            assertThat(row.findElement(By.cssSelector("[data-col=name] button")).getText())
                    .isEqualTo(city.get("name").asText());
            for (String figure : CITY_FIGURES) {
                assertThat(number(row.findElement(By.cssSelector("td[data-col=" + figure + "]")).getText()))
                        .as(code + " " + figure).isEqualByComparingTo(city.get(figure).decimalValue());
            }
        }
        WebElement totals = browser.findElement(By.cssSelector("#city-table tfoot tr[data-total=province]"));
        for (String figure : CITY_FIGURES) {
            assertThat(number(totals.findElement(By.cssSelector("td[data-col=" + figure + "]")).getText()))
                    .as("total " + figure).isEqualByComparingTo(cities.get("province").get(figure).decimalValue());
        }
    }

    @Test
    @Order(3)
    void a_column_header_sorts_the_cities_by_that_figure_both_ways() {
        JsonNode cities = stats.json("/api/stats/cities?year=" + YEAR);
        Comparator<JsonNode> byTrainees = Comparator.comparingLong(city -> city.get("distinctTrainees").asLong());
        Comparator<JsonNode> byCode = Comparator.comparing(city -> city.get("cityCode").asText());

        sortBy("distinctTrainees");
        assertThat(cityOrder()).isEqualTo(StreamSupport.stream(cities.get("cities").spliterator(), false)
                .sorted(byTrainees.reversed().thenComparing(byCode))
                .map(city -> city.get("cityCode").asText()).toList());
        assertThat(browser.findElement(By.cssSelector("#city-table th[data-col=distinctTrainees]"))
                .getDomAttribute("aria-sort")).isEqualTo("descending");

        sortBy("distinctTrainees");
        assertThat(cityOrder()).isEqualTo(StreamSupport.stream(cities.get("cities").spliterator(), false)
                .sorted(byTrainees.thenComparing(byCode))
                .map(city -> city.get("cityCode").asText()).toList());
        assertThat(browser.findElement(By.cssSelector("#city-table th[data-col=distinctTrainees]"))
                .getDomAttribute("aria-sort")).isEqualTo("ascending");
    }

    @Test
    @Order(4)
    void a_city_drills_down_to_its_palaces_and_a_palace_to_its_classes() {
        String jinan = "370100";
        browser.findElement(By.cssSelector("#city-table tr[data-city='" + jinan + "'] button.toggle")).click();
        JsonNode palaces = stats.json("/api/stats/palaces?year=" + YEAR + "&cityCode=" + jinan);
        List<WebElement> palaceRows = until(driver -> {
            List<WebElement> rows = driver.findElements(By.cssSelector("tr[data-palaces-of='" + jinan
                    + "'] tr[data-palace]"));
            return rows.size() == palaces.size() ? rows : null;
        });

        assertThat(palaceRows.stream().map(row -> row.getDomAttribute("data-palace")).toList()).isEqualTo(
                StreamSupport.stream(palaces.spliterator(), false).map(p -> p.get("palaceId").asText()).toList());
        assertThat(palaces.size()).isEqualTo(3);
        for (int i = 0; i < palaces.size(); i++) {
            JsonNode palace = palaces.get(i);
            assertThat(palaceRows.get(i).findElement(By.cssSelector("[data-col=name]")).getText())
                    .isEqualTo(palace.get("name").asText());
            for (String figure : PALACE_FIGURES) {
                assertThat(number(palaceRows.get(i).findElement(By.cssSelector("td[data-col=" + figure + "]"))
                        .getText())).as(palace.get("palaceId").asText() + " " + figure)
                        .isEqualByComparingTo(palace.get(figure).decimalValue());
            }
        }

        String cityPalace = "palace-" + jinan;
        browser.findElement(By.cssSelector("tr[data-palace='" + cityPalace + "'] button.toggle")).click();
        JsonNode classes = stats.json("/api/stats/palaces/" + cityPalace + "/classes?year=" + YEAR);
        assertThat(classes.size()).isPositive();
        List<WebElement> classRows = until(driver -> {
            List<WebElement> rows = driver.findElements(By.cssSelector("tr[data-classes-of='" + cityPalace
                    + "'] tr[data-class]"));
            return rows.size() == classes.size() ? rows : null;
        });
        for (int i = 0; i < classes.size(); i++) {
            JsonNode clazz = classes.get(i);
            WebElement row = classRows.get(i);
            assertThat(row.getDomAttribute("data-class")).isEqualTo(clazz.get("classId").asText());
            assertThat(row.findElement(By.cssSelector("[data-col=title]")).getText())
                    .startsWith(clazz.get("title").asText());
            for (String figure : List.of("capacity", "confirmed", "waitlisted", "attendances", "lessons",
                    "lessonsHeld", "completions")) {
                assertThat(number(row.findElement(By.cssSelector("td[data-col=" + figure + "]")).getText()))
                        .as(clazz.get("classId").asText() + " " + figure)
                        .isEqualByComparingTo(clazz.get(figure).decimalValue());
            }
        }
    }

    @Test
    @Order(5)
    void the_charts_plot_the_series_the_api_answers() {
        JsonNode top = stats.json("/api/stats/top-palaces?year=" + YEAR + "&limit=10");
        assertThat(chartOption("top-chart", "series[0].data")).isEqualTo(values(top, "distinctTrainees"));
        assertThat(chartOption("top-chart", "yAxis[0].data")).isEqualTo(texts(top, "name"));

        JsonNode categories = stats.json("/api/stats/classes-by-category?year=" + YEAR);
        assertThat(categories.size()).isGreaterThan(10);
        assertThat(chartOption("category-chart", "series[0].data"))
                .isEqualTo(values(categories, "classesOpened").subList(0, Math.min(15, categories.size())));

        JsonNode days = stats.json("/api/stats/subsidy/daily?year=" + YEAR).get("days");
        assertThat(days.size()).isGreaterThan(100);
        List<?> reserved = (List<?>) script("const o = echarts.getInstanceByDom(document.getElementById("
                + "'uptake-chart')).getOption(); return o.series.find(s => s.name === '已占用').data"
                + ".map(p => p[1]);");
        assertThat(reserved).isEqualTo(values(days, "reserved"));
    }

    @Test
    @Order(6)
    void the_csv_and_xlsx_downloads_of_the_page_parse_and_match_the_api() throws Exception {
        JsonNode cities = stats.json("/api/stats/cities?year=" + YEAR);
        JsonNode palaces = stats.json("/api/stats/palaces?year=" + YEAR);

        HttpResponse<byte[]> citiesCsv = download("cities-csv");
        assertThat(citiesCsv.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/csv"));
        assertThat(citiesCsv.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("attachment"));
        byte[] bytes = citiesCsv.body();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> csv = parseCsv(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(csv.get(0)).isEqualTo(CITY_HEADERS);
        assertCityRows(csv.stream().map(row -> (List<Object>) new ArrayList<Object>(row)).toList(), cities);

        List<List<Object>> sheet = readXlsx(download("cities-xlsx").body());
        assertThat(sheet.get(0)).isEqualTo(new ArrayList<Object>(CITY_HEADERS));
        assertCityRows(sheet, cities);

        List<List<String>> palacesCsv = parseCsv(new String(download("palaces-csv").body(), StandardCharsets.UTF_8)
                .substring(1));
        assertPalaceRows(palacesCsv.stream().map(row -> (List<Object>) new ArrayList<Object>(row)).toList(),
                palaces, cities.get("province"));
        assertPalaceRows(readXlsx(download("palaces-xlsx").body()), palaces, cities.get("province"));
    }

    @Test
    @Order(7)
    void the_english_switch_relabels_the_page_and_back() {
        browser.findElement(By.id("lang")).click();
        until(driver -> driver.findElement(By.cssSelector("#city-table th[data-col=reserved]")).getText()
                .equals("Reserved"));
        assertThat(browser.findElement(By.cssSelector("#city-table tr[data-city='370200'] [data-col=name] button"))
                .getText()).isEqualTo("Qingdao");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("lang")).getText()).isEqualTo("中文");

        browser.findElement(By.id("lang")).click();
        until(driver -> driver.findElement(By.cssSelector("#city-table th[data-col=reserved]")).getText()
                .equals("已占用"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("全省运营中心");
    }

    @Test
    @Order(8)
    void an_event_published_while_the_page_is_open_appears_without_a_reload() {
        open();
        script("window.sameDocument = 'still here';");
        DemoProvince.OpenLesson lesson = demo.openLessons().stream()
                .filter(open -> open.cityCode().equals("370200")).findFirst().orElseThrow();
        JsonNode before = city("370200");
        long personTimes = before.get("personTimes").asLong();
        long provincePersonTimes = stats.json("/api/stats/cities?year=" + YEAR).get("province").get("personTimes")
                .asLong();
        assertThat(number(cityCell("370200", "personTimes"))).isEqualByComparingTo(BigDecimal.valueOf(personTimes));

        publisher.timeFrom(demo.today().plusDays(1).atTime(9, 15).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
        EventEnvelope<Record> attended = publisher.publish(lesson.classId(), new AttendanceRecordedEvent(
                lesson.classId(), lesson.workerId(), lesson.lessonIndex(), Instant.now()));
        String expectedTime = attended.timestamp().atZone(ZoneId.of("Asia/Shanghai"))
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));

        until(driver -> number(cityCell("370200", "personTimes")).longValue() == personTimes + 1);
        until(driver -> driver.findElement(By.id("as-of-event")).getText().equals(expectedTime));
        assertThat(number(figureOnPage("personTimes")).longValue()).isEqualTo(provincePersonTimes + 1);
        assertThat(script("return window.sameDocument;")).isEqualTo("still here");
        assertThat(city("370200").get("personTimes").asLong()).isEqualTo(personTimes + 1);
        assertThat(browser.findElement(By.id("freshness")).getDomAttribute("data-live")).isEqualTo("live");
    }

    @Test
    @Order(9)
    void a_screenshot_of_the_dashboard_is_saved_under_target() throws IOException {
        open();
        browser.findElement(By.cssSelector("#city-table tr[data-city='370100'] button.toggle")).click();
        until(driver -> !driver.findElements(By.cssSelector("tr[data-palace='palace-370100']")).isEmpty());
        browser.findElement(By.cssSelector("tr[data-palace='palace-370100'] button.toggle")).click();
        until(driver -> !driver.findElements(By.cssSelector("tr[data-classes-of='palace-370100'] tr[data-class]"))
                .isEmpty());
        // the whole page in one picture: a window as tall as the page, scrolled to the top
        for (int i = 0; i < 3; i++) {
            long height = ((Number) script("return document.documentElement.scrollHeight"
                    + " + window.outerHeight - window.innerHeight;")).longValue();
            browser.manage().window().setSize(new Dimension(1366, (int) Math.min(height, 5000)));
            script("window.dispatchEvent(new Event('resize')); window.scrollTo(0, 0);");
        }
        until(driver -> script("return new Promise(r => setTimeout(() => r(true), 500));"));

        Path screenshot = Path.of("target", "dashboard.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));

        assertThat(Files.readAllBytes(screenshot)).startsWith(0x89, 'P', 'N', 'G');
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    // ---- helpers ----

    private void open() {
        browser.get("http://localhost:" + port + "/?year=" + YEAR + "&lang=zh");
        String signedIn = until(driver -> driver.findElement(By.tagName("body")).getDomAttribute("data-signed-in"));
        if ("false".equals(signedIn)) {
            signIn();
        }
        String asOfEvent = stats.json("/api/stats/cities?year=" + YEAR).get("asOfEvent").asText();
        until(driver -> asOfEvent.equals(driver.findElement(By.id("as-of-event")).getDomAttribute(
                "data-as-of-event")));
        until(driver -> "live".equals(driver.findElement(By.id("freshness")).getDomAttribute("data-live")));
    }

    /** The page shows no figure before an operator pastes a token; the token then stays for the tab's session. */
    private void signIn() {
        assertThat(browser.findElement(By.id("figures")).isDisplayed()).isFalse();
        browser.findElement(By.id("token")).sendKeys(TestTokens.opsCentre());
        browser.findElement(By.id("sign-in-button")).click();
        until(driver -> "true".equals(driver.findElement(By.tagName("body")).getDomAttribute("data-signed-in")));
    }

    private void awaitApplied() {
        List<String> ids = publisher.eventIds();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> jdbc
                .sql("select count(*) from processed_event where event_id = any(?::text[])")
                .param(ids.toArray(String[]::new))
                .query(Long.class)
                .single() == ids.size());
    }

    private <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, PATIENCE).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    private String figureOnPage(String figure) {
        return browser.findElement(By.cssSelector("dd[data-figure=" + figure + "], span[data-figure=" + figure + "]"))
                .getText();
    }

    private String cityCell(String code, String figure) {
        return browser.findElement(By.cssSelector("#city-table tr[data-city='" + code + "'] td[data-col=" + figure
                + "]")).getText();
    }

    private JsonNode city(String code) {
        for (JsonNode city : stats.json("/api/stats/cities?year=" + YEAR).get("cities")) {
            if (city.get("cityCode").asText().equals(code)) {
                return city;
            }
        }
        throw new AssertionError("no city " + code);
    }

    private void sortBy(String figure) {
        List<String> before = cityOrder();
        browser.findElement(By.cssSelector("#city-table th[data-col=" + figure + "] button.sort")).click();
        until(driver -> !cityOrder().equals(before));
    }

    private List<String> cityOrder() {
        return browser.findElements(By.cssSelector("#city-table > tbody > tr[data-city]")).stream()
                .map(row -> row.getDomAttribute("data-city")).toList();
    }

    private Object chartOption(String chart, String path) {
        return script("return echarts.getInstanceByDom(document.getElementById('" + chart + "')).getOption()."
                + path + ".map(v => (v !== null && typeof v === 'object') ? v.value : v);");
    }

    private static List<Long> values(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.get(field).asLong()).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(node -> node.get(field).asText()).toList();
    }

    private HttpResponse<byte[]> download(String link) throws IOException, InterruptedException {
        String href = browser.findElement(By.cssSelector("a[data-export=" + link + "]")).getDomProperty("href");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Authorization", "Bearer " + TestTokens.opsCentre()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        return response;
    }

    private static void assertCityRows(List<List<Object>> rows, JsonNode cities) {
        JsonNode list = cities.get("cities");
        assertThat(rows).hasSize(list.size() + 2);
        for (int i = 0; i < list.size(); i++) {
            JsonNode city = list.get(i);
            List<Object> row = rows.get(i + 1);
            assertThat(row.get(0)).isEqualTo(city.get("cityCode").asText());
            assertThat(row.get(1)).isEqualTo(city.get("name").asText());
            for (int f = 0; f < CITY_FIGURES.size(); f++) {
                assertThat(decimal(row.get(f + 2))).as(city.get("cityCode").asText() + " " + CITY_FIGURES.get(f))
                        .isEqualByComparingTo(city.get(CITY_FIGURES.get(f)).decimalValue());
            }
        }
        List<Object> totals = rows.get(rows.size() - 1);
        assertThat(totals.get(1)).isEqualTo("全省合计");
        for (int f = 0; f < CITY_FIGURES.size(); f++) {
            assertThat(decimal(totals.get(f + 2))).as("total " + CITY_FIGURES.get(f))
                    .isEqualByComparingTo(cities.get("province").get(CITY_FIGURES.get(f)).decimalValue());
        }
    }

    private static void assertPalaceRows(List<List<Object>> rows, JsonNode palaces, JsonNode province) {
        assertThat(rows.get(0)).startsWith("文化宫编号", "文化宫", "级别", "城市代码", "城市", "课程数");
        assertThat(rows).hasSize(palaces.size() + 2);
        for (int i = 0; i < palaces.size(); i++) {
            JsonNode palace = palaces.get(i);
            List<Object> row = rows.get(i + 1);
            assertThat(row.get(0)).isEqualTo(palace.get("palaceId").asText());
            assertThat(row.get(1)).isEqualTo(palace.get("name").asText());
            for (int f = 0; f < PALACE_FIGURES.size(); f++) {
                assertThat(decimal(row.get(f + 5))).as(palace.get("palaceId").asText() + " " + PALACE_FIGURES.get(f))
                        .isEqualByComparingTo(palace.get(PALACE_FIGURES.get(f)).decimalValue());
            }
        }
        List<Object> totals = rows.get(rows.size() - 1);
        assertThat(totals.get(1)).isEqualTo("全省合计");
        for (int f = 0; f < PALACE_FIGURES.size(); f++) {
            String figure = PALACE_FIGURES.get(f);
            BigDecimal expected = figure.equals("distinctTrainees") ? province.get(figure).decimalValue()
                    : BigDecimal.valueOf(StreamSupport.stream(palaces.spliterator(), false)
                    .mapToLong(palace -> palace.get(figure).asLong()).sum());
            assertThat(decimal(totals.get(f + 5))).as("total " + figure).isEqualByComparingTo(expected);
        }
    }

    private static List<List<Object>> readXlsx(byte[] bytes) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<Object>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<Object> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? BigDecimal.valueOf(cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    /** RFC 4180: commas, CRLF, double quotes around fields that need them. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }

    private static BigDecimal decimal(Object cell) {
        return cell instanceof BigDecimal decimal ? decimal : new BigDecimal(cell.toString());
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replaceAll("[^0-9.\\-]", ""));
    }

    private static String wallClock(String iso) {
        return iso.substring(0, 19).replace('T', ' ');
    }
}
