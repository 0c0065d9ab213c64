package cn.workerspalace.contracts.course;

import java.time.Instant;

/** One meeting (节次) of a class. */
public record Lesson(Instant startsAt, Instant endsAt) {
}
