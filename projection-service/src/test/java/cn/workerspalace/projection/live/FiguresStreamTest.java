package cn.workerspalace.projection.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.contracts.course.PalaceLevel;
import cn.workerspalace.contracts.enrollment.AttendanceRecordedEvent;
import cn.workerspalace.projection.support.ProjectionIntegrationTest;
import cn.workerspalace.projection.support.StatsClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import cn.workerspalace.testsupport.TestTokens;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The server-sent notices that keep the dashboard live: one on connecting, then after batches, not per event. */
class FiguresStreamTest extends ProjectionIntegrationTest {

    @LocalServerPort
    int port;

    private final List<JsonNode> notices = new CopyOnWriteArrayList<>();
    private final List<String> eventNames = new CopyOnWriteArrayList<>();
    private HttpResponse<Stream<String>> stream;
    private Thread reader;

    @BeforeEach
    void connect() throws Exception {
        stream = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/stats/stream?access_token="
                                + TestTokens.opsCentre()))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        reader = new Thread(() -> readLines(), "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void readLines() {
        try {
            stream.body().forEach(this::read);
        } catch (UncheckedIOException closed) {
            // the test closed the stream
        }
    }

    private void read(String line) {
        if (line.startsWith("event:")) {
            eventNames.add(line.substring("event:".length()));
        } else if (line.startsWith("data:")) {
            try {
                notices.add(StatsClient.JSON.readTree(line.substring("data:".length())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @AfterEach
    void close() {
        stream.body().close();
        reader.interrupt();
    }

    @Test
    void a_new_stream_hears_at_once_how_fresh_the_figures_are() {
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/event-stream"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !notices.isEmpty());

        assertThat(eventNames.get(0)).isEqualTo("changed");
        assertThat(notices.get(0).get("events").asLong()).isZero();
        JsonNode newest = stats.json("/api/stats/trainees").get("asOfEvent");
        assertThat(notices.get(0).get("asOfEvent")).isEqualTo(newest);
    }

    @Test
    void a_burst_of_events_makes_a_few_notices_not_one_per_event() {
        await().atMost(Duration.ofSeconds(10)).until(() -> !notices.isEmpty());
        String palace = "palace-" + UUID.randomUUID();
        events.palace(palace, "直播文化宫", PalaceLevel.CITY, "371700", null);
        events.course("c-" + palace, palace, "书法", "楷书");
        events.openClass("k-" + palace, "c-" + palace, palace, 100, 1, 2046);
        awaitApplied();
        int before = notices.size();

        int burst = 60;
        for (int w = 0; w < burst; w++) {
            publisher.publishLater("k-" + palace, new AttendanceRecordedEvent("k-" + palace, "w" + w, 0,
                    Instant.parse("2046-03-02T11:05:00Z")));
        }
        publisher.flush();
        awaitApplied();
        String newest = publisher.newest().atZone(ZoneId.of("Asia/Shanghai"))
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);

        await().atMost(Duration.ofSeconds(10)).until(() -> notices.subList(before, notices.size()).stream()
                .anyMatch(notice -> notice.get("asOfEvent").asText().equals(newest)));
        List<JsonNode> burstNotices = notices.subList(before, notices.size());
        assertThat(burstNotices.size()).isBetween(1, burst / 4);
        // every event is counted in some notice (a notice may also count the last events of the set-up)
        assertThat(burstNotices.stream().mapToLong(notice -> notice.get("events").asLong()).sum())
                .isGreaterThanOrEqualTo(burst);
        assertThat(burstNotices.get(burstNotices.size() - 1).get("asOfEvent").asText()).isEqualTo(newest);
    }
}
