package cn.workerspalace.benchmark.load;

import java.util.Set;

/** The commands of the crowd, with the refusals (409 rule names) that are expected of them under contention. */
public enum CommandType {

    SIGN_UP("POST /api/classes/{id}/sign-ups", Set.of("already-signed-up")),
    CANCEL("DELETE /api/classes/{id}/sign-ups/{worker}", Set.of()),
    APPLY("POST /api/degree-applications", Set.of("open-application-exists", "already-funded")),
    APPROVE("POST /api/degree-applications/{id}/approve", Set.of());

    public final String endpoint;
    private final Set<String> expectedRefusals;

    CommandType(String endpoint, Set<String> expectedRefusals) {
        this.endpoint = endpoint;
        this.expectedRefusals = expectedRefusals;
    }

    public boolean expected(Api.Answer answer) {
        return answer.status() == 409 && expectedRefusals.contains(answer.rule());
    }
}
