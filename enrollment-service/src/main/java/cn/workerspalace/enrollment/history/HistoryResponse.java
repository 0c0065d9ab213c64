package cn.workerspalace.enrollment.history;

import cn.workerspalace.enrollment.ProgrammeTime;
import java.time.OffsetDateTime;
import java.util.List;

/** One event of an aggregate's history as answered; {@code actor} and {@code actorRoles} null where none was recorded. */
record HistoryResponse(long sequence, String type, OffsetDateTime occurredAt, String actor, List<String> actorRoles) {

    static HistoryResponse of(AggregateHistory.Entry entry) {
        return new HistoryResponse(entry.sequence(), entry.type(), ProgrammeTime.local(entry.occurredAt()),
                entry.actor(), entry.actorRoles());
    }
}
