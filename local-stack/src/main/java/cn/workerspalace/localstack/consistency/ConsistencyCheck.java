package cn.workerspalace.localstack.consistency;

import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * Compares the figures recomputed from course-service's and enrollment-service's event stores with the read models
 * of projection-service, for every year found in the events. Meant for a system at rest: events still on their way
 * to the projection show up as differences.
 *
 * @param courseEvents     JDBC URL of course-service's database
 * @param enrollmentEvents JDBC URL of enrollment-service's database
 * @param projection       base URL of projection-service
 * @param token            bearer token (OPS_CENTER) for projection-service's figures
 */
public record ConsistencyCheck(String courseEvents, String enrollmentEvents, URI projection, String token) {

    /** What a run found. */
    public record Result(int courseEvents, int enrollmentEvents, Set<Integer> years, int figuresCompared,
                         List<String> differences) {

        public boolean consistent() {
            return differences.isEmpty();
        }

        public String summary() {
            return String.format("%d events read (course %d, enrollment %d), years %s, %d figures compared, "
                    + "%d differences", courseEvents + enrollmentEvents, courseEvents, enrollmentEvents, years,
                    figuresCompared, differences.size());
        }
    }

    public Result run() {
        List<Record> course = WriteSideEvents.read(courseEvents);
        List<Record> enrollment = WriteSideEvents.read(enrollmentEvents);
        WriteSideFold fold = WriteSideFold.of(course, enrollment);
        ReadModelFigures readModels = new ReadModelFigures(projection, token);
        Figures expected = new Figures();
        Figures actual = new Figures();
        Set<Integer> years = fold.years();
        for (int year : years) {
            fold.palaces(year, expected);
            fold.subsidy(year, expected);
            fold.trainees(year, expected);
            readModels.palaces(year, actual);
            readModels.subsidy(year, actual);
            readModels.trainees(year, actual);
        }
        return new Result(course.size(), enrollment.size(), years, Math.max(expected.count(), actual.count()),
                expected.differencesFrom(actual));
    }
}
