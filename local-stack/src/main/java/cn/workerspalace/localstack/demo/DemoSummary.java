package cn.workerspalace.localstack.demo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one run of the demo loader created. Counts are of requests the services accepted as new; {@code alreadyThere}
 * counts those refused because the data was there before (a second run), {@code errors} every other refusal.
 */
public record DemoSummary(
        int palaces,
        int servicePoints,
        int courses,
        int classes,
        int workers,
        int confirmed,
        int waitlisted,
        int cancellations,
        int attendances,
        int classesCompleted,
        int classesCancelled,
        int degreeApplications,
        int subsidyPayments,
        int alreadyThere,
        Map<Integer, YearFigures> byYear,
        List<String> errors,
        Duration took) {

    /** Figures of the classes created in this run, by the year each class counts in (its first lesson's). */
    public record YearFigures(int classesOpened, int classesCancelled, int classesCompleted, int attendances) {
    }

    public String describe() {
        return String.format("%d palaces, %d service points, %d courses, %d classes, %d workers, sign-ups %d confirmed"
                        + " + %d waitlisted, %d cancellations, %d attendances, %d classes completed, %d cancelled"
                        + ", %d degree applications, %d subsidy payments (%d already there, %d errors) in %.1f s",
                palaces, servicePoints, courses, classes, workers, confirmed, waitlisted, cancellations, attendances,
                classesCompleted, classesCancelled, degreeApplications, subsidyPayments, alreadyThere, errors.size(),
                took.toMillis() / 1000.0);
    }
}
