package cn.workerspalace.localstack.consistency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The figures as projection-service answers them, through its public API. */
final class ReadModelFigures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI projection;
    private final String token;

    ReadModelFigures(URI projection, String token) {
        this.projection = projection;
        this.token = token;
    }

    void palaces(int year, Figures figures) {
        for (JsonNode palace : get("/api/stats/palaces?year=" + year)) {
            String where = "palaces " + year + " palace " + palace.get("palaceId").asText();
            for (String name : WriteSideFold.PALACE_FIGURES) {
                figures.put(where, name, palace.get(name).decimalValue());
            }
        }
    }

    void subsidy(int year, Figures figures) {
        JsonNode subsidy = get("/api/stats/subsidy?year=" + year);
        figures.put("subsidy " + year, "quota", subsidy.get("quota").decimalValue());
        for (String name : WriteSideFold.SUBSIDY_FIGURES) {
            figures.put("subsidy " + year, name, subsidy.get(name).decimalValue());
        }
        for (JsonNode city : subsidy.get("cities")) {
            for (String name : WriteSideFold.SUBSIDY_FIGURES) {
                figures.put("subsidy " + year + " city " + city.get("cityCode").asText(), name,
                        city.get(name).decimalValue());
            }
        }
    }

    void trainees(int year, Figures figures) {
        JsonNode trainees = get("/api/stats/trainees?year=" + year);
        for (String name : WriteSideFold.TRAINEE_FIGURES) {
            figures.put("trainees " + year, name, trainees.get("province").get(name).decimalValue());
        }
        for (JsonNode city : trainees.get("cities")) {
            for (String name : WriteSideFold.TRAINEE_FIGURES) {
                figures.put("trainees " + year + " city " + city.get("cityCode").asText(), name,
                        city.get(name).decimalValue());
            }
        }
    }

    private JsonNode get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(projection.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        request.header("Authorization", "Bearer " + token);
        try {
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new ConsistencyCheckException("GET " + path + " answered " + answer.statusCode(), null);
            }
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new ConsistencyCheckException("cannot read " + projection.resolve(path) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConsistencyCheckException("interrupted reading " + path, e);
        }
    }
}
