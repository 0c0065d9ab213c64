package cn.workerspalace.faulttests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.workerspalace.faulttests.IdempotentClients.Command;
import cn.workerspalace.faulttests.IdempotentClients.Outcome;
import cn.workerspalace.localstack.stack.Service;
import cn.workerspalace.localstack.stack.Stack;
import cn.workerspalace.localstack.testkit.Figures;
import cn.workerspalace.localstack.testkit.Http;
import cn.workerspalace.localstack.testkit.Province;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 5, fault test 4: PostgreSQL (all three services' databases) is stopped with an immediate shutdown while eight
 * clients send commands to both write services, and started again on the same data. Every client repeats each
 * command with the same {@code Idempotency-Key} until it gets a final answer. Then every acknowledged (2xx) command
 * is in its event store exactly once, no command is there twice, each acknowledged sign-up is on its roster and
 * counted once by the projection, and repeating an acknowledged command with its key gives the same answer and
 * changes nothing.
 */
@Order(4)
@FaultStack
class PostgresCrashIT {

    private static final String EXTRA_PALACE = "t4-extra-palace";

    @Test
    void every_acknowledged_command_is_stored_exactly_once_across_an_immediate_shutdown_of_postgres(Stack stack) {
        Http http = new Http(Duration.ofSeconds(45));
        World world = World.create(stack, http, "t4", 6, 20, 120, 13001);
        assertThat(http.post(world.course, "/api/palaces", Map.of("id", EXTRA_PALACE, "name", "测试t4服务站点工人文化宫",
                "level", "COUNTY", "cityCode", "370100", "parentId", Province.JINAN)).status()).isEqualTo(201);
        EventStore courseEvents = new EventStore(stack.jdbcUrl(Service.COURSE));
        EventStore enrollmentEvents = new EventStore(stack.jdbcUrl(Service.ENROLLMENT));
        List<Command> commands = commands(world);

        IdempotentClients clients = new IdempotentClients(http, commands).start(8);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> clients.done.get() >= commands.size() / 5);
        long crashedAt = clients.done.get();
        stack.stopPostgresImmediately();
        try {
            // down until the clients have felt it
            await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                    .until(() -> clients.failedAttempts() >= 8);
        } finally {
            stack.restartPostgres();
        }
        List<Outcome> outcomes = clients.await();

        List<String> unanswered = outcomes.stream().filter(outcome -> outcome.answer() == null)
                .map(PostgresCrashIT::describe).toList();
        List<String> violations = new ArrayList<>();
        long acknowledged = 0;
        long appliedUnacknowledged = 0;
        for (Outcome outcome : outcomes) {
            long stored = stored(outcome.command(), courseEvents, enrollmentEvents);
            if (outcome.acknowledged()) {
                acknowledged++;
                if (stored != 1) {
                    violations.add("acknowledged, stored " + stored + " times: " + describe(outcome));
                }
            } else {
                if (stored > 1) {
                    violations.add("not acknowledged, stored " + stored + " times: " + describe(outcome));
                }
                appliedUnacknowledged += stored;
            }
        }

        Map<String, Rosters.Roster> rosters = Rosters.of(http, world);
        Rosters.assertWellFormed(world, rosters);
        List<String> missingFromRosters = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            Command command = outcome.command();
            if (command.kind().equals("sign-up") && outcome.acknowledged()) {
                String[] classAndWorker = command.subject().split("/");
                if (!rosters.get(classAndWorker[0]).active().contains(classAndWorker[1])) {
                    missingFromRosters.add(command.subject());
                }
            }
        }
        Map<String, Figures> expected = Rosters.expected(world, rosters);
        Rosters.awaitProjection(http, world.projection, world, expected, Duration.ofMinutes(3));

        long storedBefore = courseEvents.count() + enrollmentEvents.count();
        List<String> differentAnswers = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome.acknowledged()) {
                Command command = outcome.command();
                Http.Answer again = http.post(command.service(), command.path(), command.body(), command.key());
                if (again.status() != outcome.answer().status() || !again.body().equals(outcome.answer().body())) {
                    differentAnswers.add(command + ": first " + outcome.answer() + ", then " + again);
                }
            }
        }
        long storedByRepeats = courseEvents.count() + enrollmentEvents.count() - storedBefore;

        RunReport.line("postgres crash", "%d commands (courses, service points, workers, sign-ups) from 8 clients, "
                        + "PostgreSQL stopped immediately after %d; %d acknowledged; %d not acknowledged (final "
                        + "4xx), of which %d stored once; stored other than exactly once / at most once: %d %s; "
                        + "failed attempts retried with the same key: %d transport failures, %d server errors, %d "
                        + "'in progress'; %d acknowledged commands repeated: %d different answers, %d new events; "
                        + "projection vs rosters: 0 differences", commands.size(), crashedAt, acknowledged,
                outcomes.size() - acknowledged, appliedUnacknowledged, violations.size(), violations,
                clients.transportFailures.get(), clients.serverErrors.get(), clients.inProgress.get(), acknowledged,
                differentAnswers.size(), storedByRepeats);
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(unanswered).as("commands without a final answer").isEmpty();
            softly.assertThat(violations)
                    .as("commands stored other than exactly once (acknowledged) or at most once").isEmpty();
            softly.assertThat(missingFromRosters).as("acknowledged sign-ups missing from the rosters").isEmpty();
            softly.assertThat(differentAnswers).as("acknowledged commands repeated with their key").isEmpty();
            softly.assertThat(storedByRepeats).as("events stored by the repeats").isZero();
        });
    }

    /**
     * The hazard the test above can only hit by chance, made certain: course-service stores the command's event, then
     * cannot record its answer under the key (a trigger refuses the update, as a database that went away at that
     * moment would). The client, whose answer was lost, repeats the command with the same key, as it should. The
     * service must not open a second service point.
     */
    @Test
    void a_command_whose_answer_could_not_be_recorded_is_not_applied_again_when_repeated_with_its_key(Stack stack)
            throws SQLException {
        Http http = new Http();
        URI course = stack.url(Service.COURSE);
        Province.registerPalaces(http, course);
        assertThat(http.post(course, "/api/palaces", Map.of("id", "t4b-palace", "name", "测试t4b工人文化宫",
                "level", "COUNTY", "cityCode", "370100", "parentId", Province.JINAN)).status()).isEqualTo(201);
        EventStore courseEvents = new EventStore(stack.jdbcUrl(Service.COURSE));
        String key = "t4b-" + UUID.randomUUID();
        Map<String, Object> servicePoint = Map.of("name", "t4b-服务站点", "address", "济南市历下区泉城路1号");
        Http.Answer first;
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl(Service.COURSE));
             Statement ddl = db.createStatement()) {
            ddl.execute("create function t4b_refuse_answer() returns trigger language plpgsql as "
                    + "$$ begin raise exception 'answer store unavailable (fault test)'; end $$");
            ddl.execute("create trigger t4b_refuse_answer before update on idempotent_request for each row "
                    + "when (new.idempotency_key like 't4b-%') execute function t4b_refuse_answer()");
            try {
                first = http.post(course, "/api/palaces/t4b-palace/service-points", servicePoint, key);
            } finally {
                ddl.execute("drop trigger t4b_refuse_answer on idempotent_request");
                ddl.execute("drop function t4b_refuse_answer()");
            }
        }
        Http.Answer again = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> http.post(course, "/api/palaces/t4b-palace/service-points", servicePoint, key),
                        answer -> answer.status() < 500 && !IdempotentClients.inProgress(answer));

        long stored = courseEvents.count("ServicePointOpenedEvent", Map.of("name", "t4b-服务站点"));
        RunReport.line("postgres crash", "answer not recorded after the command committed: first answer %s, repeat "
                + "with the same key %s, service points stored: %d", first, again, stored);
        assertThat(stored).as("service points stored; first answer %s, then %s", first, again).isEqualTo(1);
    }

    private static List<Command> commands(World world) {
        List<Command> commands = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String title = "t4-课程-" + i;
            commands.add(new Command("course", title, key(), world.course, "/api/courses",
                    Map.of("palaceId", EXTRA_PALACE, "category", "摄影", "title", title)));
        }
        for (int i = 0; i < 80; i++) {
            String name = "t4-服务站点-" + i;
            commands.add(new Command("service point", name, key(), world.course,
                    "/api/palaces/" + EXTRA_PALACE + "/service-points",
                    Map.of("name", name, "address", "济南市历下区泉城路" + i + "号")));
        }
        for (int i = 0; i < 100; i++) {
            String id = "t4-new-worker-" + i;
            commands.add(new Command("worker", id, key(), world.enrollment, "/api/workers",
                    Province.worker(id, 14001 + i, Province.JINAN)));
        }
        List<String> pairs = new ArrayList<>();
        for (String classId : world.classes) {
            for (String worker : world.workers) {
                pairs.add(classId + "/" + worker);
            }
        }
        Collections.shuffle(pairs, new Random(4));
        for (String pair : pairs.subList(0, 360)) {
            String[] classAndWorker = pair.split("/");
            commands.add(new Command("sign-up", pair, key(), world.enrollment,
                    "/api/classes/" + classAndWorker[0] + "/sign-ups", Map.of("workerId", classAndWorker[1])));
        }
        Collections.shuffle(commands, new Random(5));
        return commands;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    /** How many times the command's effect is in its service's event store. */
    private static long stored(Command command, EventStore course, EventStore enrollment) {
        return switch (command.kind()) {
            case "course" -> course.count("CourseCreatedEvent", Map.of("title", command.subject()));
            case "service point" -> course.count("ServicePointOpenedEvent", Map.of("name", command.subject()));
            case "worker" -> enrollment.count("WorkerRegisteredEvent", Map.of("workerId", command.subject()));
            case "sign-up" -> enrollment.count("TraineeSignedUpEvent", Map.of(
                    "classId", command.subject().split("/")[0], "workerId", command.subject().split("/")[1]));
            default -> throw new IllegalArgumentException(command.kind());
        };
    }

    private static String describe(Outcome outcome) {
        return outcome.command().kind() + " " + outcome.command().subject() + " (key " + outcome.command().key()
                + ", " + outcome.attempts() + " attempts, final answer " + outcome.answer() + ")";
    }
}
