package cn.workerspalace.testsupport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The access matrix of docs/security.md as a compact text table, one endpoint per line and the expected status per
 * {@link Caller} in the header's order:
 * <pre>
 * endpoint             | NONE EXPIRED WRONG_ISSUER WORKER_SELF WORKER_OTHER SP_OWN SP_OTHER COORD_OWN COORD_OTHER OPS
 * POST /api/palaces    | 401  401     401          403         403          403    403      403       403         201
 * </pre>
 * "Own" and "other" are relative to the resource the request touches: its palace, or its worker. A {@code -} marks a
 * cell another test covers.
 */
public final class AccessMatrix {

    private AccessMatrix() {
    }

    /** Who calls: no token, a bad one, or a role's valid token scoped to the resource's palace or worker, or not. */
    public enum Caller {
        NONE, EXPIRED, WRONG_ISSUER, WORKER_SELF, WORKER_OTHER, SP_OWN, SP_OTHER, COORD_OWN, COORD_OTHER, OPS;

        /** The bearer token, or {@code null} for none. */
        public String token(Scope scope) {
            return switch (this) {
                case NONE -> null;
                case EXPIRED -> TestTokens.expired();
                case WRONG_ISSUER -> TestTokens.wrongIssuer();
                case WORKER_SELF -> TestTokens.worker(scope.worker());
                case WORKER_OTHER -> TestTokens.worker(scope.otherWorker());
                case SP_OWN -> TestTokens.servicePoint(scope.palace());
                case SP_OTHER -> TestTokens.servicePoint(scope.otherPalace());
                case COORD_OWN -> TestTokens.coordinator(scope.palace());
                case COORD_OTHER -> TestTokens.coordinator(scope.otherPalace());
                case OPS -> TestTokens.opsCentre();
            };
        }
    }

    /** The palace and worker a request touches, and another of each. */
    public record Scope(String palace, String otherPalace, String worker, String otherWorker) {
    }

    /** One cell: this endpoint, called so, answers this status. */
    public record Case(String endpoint, Caller caller, int expected) {

        @Override
        public String toString() {
            return endpoint + " as " + caller + " -> " + expected;
        }
    }

    public static List<Case> parse(String table) {
        List<String> lines = table.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        List<Caller> callers = Arrays.stream(lines.get(0).split("\\|")[1].trim().split("\\s+"))
                .map(Caller::valueOf).toList();
        List<Case> cases = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\\|");
            String[] statuses = cells[1].trim().split("\\s+");
            if (statuses.length != callers.size()) {
                throw new IllegalArgumentException("expected " + callers.size() + " statuses: " + line);
            }
            for (int i = 0; i < statuses.length; i++) {
                if (statuses[i].equals("-")) {
                    continue;
                }
                cases.add(new Case(cells[0].trim(), callers.get(i), Integer.parseInt(statuses[i])));
            }
        }
        return cases;
    }
}
