package cn.workerspalace.projection.support;

import cn.workerspalace.testsupport.TestTokens;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import cn.workerspalace.projection.stats.api.CityStats;
import cn.workerspalace.projection.stats.api.ClassFigures;
import cn.workerspalace.projection.stats.api.PalaceStats;
import cn.workerspalace.projection.stats.api.SubsidyDaily;
import cn.workerspalace.projection.stats.api.SubsidyStats;
import cn.workerspalace.projection.stats.api.TraineeStats;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** Reads the figures over HTTP as a client would, keeping the offsets of the instants it is given. */
public final class StatsClient {

    public static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json()
            .featuresToDisable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private final TestRestTemplate http;

    /** Signs every request of this (context-wide) template as the operations centre unless it names a token. */
    public StatsClient(TestRestTemplate http) {
        this.http = http;
        List<ClientHttpRequestInterceptor> interceptors = http.getRestTemplate().getInterceptors();
        if (interceptors.stream().noneMatch(OpsCentreToken.class::isInstance)) {
            interceptors.add(new OpsCentreToken());
        }
    }

    private static final class OpsCentreToken implements ClientHttpRequestInterceptor {

        @Override
        public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
                throws IOException {
            if (!request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
                request.getHeaders().setBearerAuth(TestTokens.opsCentre());
            }
            return execution.execute(request, body);
        }
    }

    public List<PalaceStats> palaces(int year) {
        return read(ok("/api/stats/palaces?year=" + year), new TypeReference<>() {
        });
    }

    public PalaceStats palace(String palaceId, int year) {
        return read(ok("/api/stats/palaces/" + palaceId + "?year=" + year), new TypeReference<>() {
        });
    }

    public TraineeStats trainees(int year) {
        return read(ok("/api/stats/trainees?year=" + year), new TypeReference<>() {
        });
    }

    public SubsidyStats subsidy(int year) {
        return read(ok("/api/stats/subsidy?year=" + year), new TypeReference<>() {
        });
    }

    public SubsidyStats subsidy(int year, LocalDate asOf) {
        return read(ok("/api/stats/subsidy?year=" + year + "&asOf=" + asOf), new TypeReference<>() {
        });
    }

    public SubsidyDaily subsidyDaily(int year) {
        return read(ok("/api/stats/subsidy/daily?year=" + year), new TypeReference<>() {
        });
    }

    public CityStats cities(int year) {
        return read(ok("/api/stats/cities?year=" + year), new TypeReference<>() {
        });
    }

    public List<ClassFigures> classes(String palaceId, int year) {
        return read(ok("/api/stats/palaces/" + palaceId + "/classes?year=" + year), new TypeReference<>() {
        });
    }

    public List<PalaceStats> list(String path) {
        return read(ok(path), new TypeReference<>() {
        });
    }

    public ResponseEntity<String> get(String path) {
        return http.getForEntity(path, String.class);
    }

    public JsonNode json(String path) {
        return read(ok(path), new TypeReference<>() {
        });
    }

    private String ok(String path) {
        ResponseEntity<String> response = get(path);
        if (response.getStatusCode() != HttpStatus.OK) {
            throw new AssertionError("GET " + path + " answered " + response.getStatusCode() + ": "
                    + response.getBody());
        }
        return response.getBody();
    }

    private static <T> T read(String body, TypeReference<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not the expected JSON: " + body, e);
        }
    }
}
