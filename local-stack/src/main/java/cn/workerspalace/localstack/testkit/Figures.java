package cn.workerspalace.localstack.testkit;

import com.fasterxml.jackson.databind.JsonNode;

/** A palace's figures for a year as {@code GET /api/stats/palaces} reports them. */
public record Figures(long courses, long classesOpened, long classesCancelled, long classesCompleted, long lessons,
                      long seats, long confirmed, long waitlisted, long attendances, long distinctTrainees,
                      long completions) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static Figures of(JsonNode palace) {
        return new Figures(palace.path("courses").asLong(-1), palace.path("classesOpened").asLong(-1),
                palace.path("classesCancelled").asLong(-1), palace.path("classesCompleted").asLong(-1),
                palace.path("lessons").asLong(-1), palace.path("seats").asLong(-1),
                palace.path("confirmed").asLong(-1), palace.path("waitlisted").asLong(-1),
                palace.path("attendances").asLong(-1), palace.path("distinctTrainees").asLong(-1),
                palace.path("completions").asLong(-1));
    }

    public Figures plus(Figures other) {
        return new Figures(courses + other.courses, classesOpened + other.classesOpened,
                classesCancelled + other.classesCancelled, classesCompleted + other.classesCompleted,
                lessons + other.lessons, seats + other.seats, confirmed + other.confirmed,
                waitlisted + other.waitlisted, attendances + other.attendances,
                distinctTrainees + other.distinctTrainees, completions + other.completions);
    }
}
