package cn.workerspalace.projection.stats.query;

import cn.workerspalace.projection.ProjectionApplication;
import cn.workerspalace.projection.stats.api.CategoryFigures;
import cn.workerspalace.projection.stats.api.CityTraineeFigures;
import cn.workerspalace.projection.stats.api.ClassFigures;
import cn.workerspalace.projection.stats.api.PalaceStats;
import cn.workerspalace.projection.stats.api.TraineeFigures;
import cn.workerspalace.projection.stats.api.TraineeStats;
import cn.workerspalace.projection.stats.api.UnknownPalaceException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures, aggregated with SQL at query time from the rows the events left, so that the order in which the two
 * topics' events arrived does not matter. Each answer reads one snapshot (repeatable read), {@code asOfEvent}
 * included.
 */
@Service
public class StatsQueries {

    /**
     * Figures per palace of a year; {@code %s} takes an optional filter on {@code palace_id}. A class that is
     * cancelled keeps counting as opened, but holds no lessons, seats or sign-ups.
     */
    private static final String PALACE_FIGURES = """
            with y_class as (
                select class_id, course_id, palace_id, capacity, lessons, status
                from clazz
                where year = :year %1$s
            ),
            class_figures as (
                select palace_id,
                       count(distinct course_id) as courses,
                       count(*) as classes_opened,
                       count(*) filter (where status = 'CANCELLED') as classes_cancelled,
                       count(*) filter (where status = 'COMPLETED') as classes_completed,
                       coalesce(sum(lessons) filter (where status <> 'CANCELLED'), 0) as lessons,
                       coalesce(sum(capacity) filter (where status <> 'CANCELLED'), 0) as seats
                from y_class
                group by palace_id
            ),
            sign_up_figures as (
                select c.palace_id,
                       count(*) filter (where s.status = 'CONFIRMED') as confirmed,
                       count(*) filter (where s.status = 'WAITLISTED') as waitlisted,
                       count(*) filter (where s.completed) as completions
                from sign_up s
                join y_class c on c.class_id = s.class_id
                where c.status <> 'CANCELLED'
                group by c.palace_id
            ),
            attendance_figures as (
                select c.palace_id, count(*) as attendances,
                       count(distinct a.class_id || '#' || a.lesson_index) as lessons_held
                from attendance a
                join y_class c on c.class_id = a.class_id
                group by c.palace_id
            ),
            trainee as (
                select c.palace_id, s.worker_id
                from sign_up s
                join y_class c on c.class_id = s.class_id
                where s.status = 'CONFIRMED' and c.status <> 'CANCELLED'
                union
                select c.palace_id, a.worker_id
                from attendance a
                join y_class c on c.class_id = a.class_id
            ),
            trainee_figures as (
                select palace_id, count(*) as distinct_trainees
                from trainee
                group by palace_id
            )
            select p.palace_id, p.name, p.level, p.city_code,
                   coalesce(cf.courses, 0) as courses,
                   coalesce(cf.classes_opened, 0) as classes_opened,
                   coalesce(cf.classes_cancelled, 0) as classes_cancelled,
                   coalesce(cf.classes_completed, 0) as classes_completed,
                   coalesce(cf.lessons, 0) as lessons,
                   coalesce(af.lessons_held, 0) as lessons_held,
                   coalesce(cf.seats, 0) as seats,
                   coalesce(sf.confirmed, 0) as confirmed,
                   coalesce(sf.waitlisted, 0) as waitlisted,
                   coalesce(af.attendances, 0) as attendances,
                   coalesce(tf.distinct_trainees, 0) as distinct_trainees,
                   coalesce(sf.completions, 0) as completions
            from palace p
            left join class_figures cf on cf.palace_id = p.palace_id
            left join sign_up_figures sf on sf.palace_id = p.palace_id
            left join attendance_figures af on af.palace_id = p.palace_id
            left join trainee_figures tf on tf.palace_id = p.palace_id
            where true %2$s
            order by case p.level when 'PROVINCE' then 0 when 'CITY' then 1 else 2 end, p.city_code, p.palace_id
            """;

    /**
     * The year's classes with their palace's city, and the workers who count as trainees in each city. Degree
     * students count in the city of their application (their palace's), by the application's year.
     */
    private static final String CITY_TRAINEES = """
            with y_class as (
                select c.class_id, c.status, p.city_code
                from clazz c
                join palace p on p.palace_id = c.palace_id
                where c.year = :year
            ),
            trainee as (
                select c.city_code, s.worker_id
                from sign_up s
                join y_class c on c.class_id = s.class_id
                where s.status = 'CONFIRMED' and c.status <> 'CANCELLED'
                union
                select c.city_code, a.worker_id
                from attendance a
                join y_class c on c.class_id = a.class_id
            )
            """;

    private static final String CITY_FIGURES = CITY_TRAINEES + """
            ,
            trainee_figures as (
                select city_code, count(*) as distinct_trainees
                from trainee
                group by city_code
            ),
            attendance_figures as (
                select c.city_code, count(*) as person_times
                from attendance a
                join y_class c on c.class_id = a.class_id
                group by c.city_code
            ),
            completion_figures as (
                select c.city_code, count(*) as completions
                from sign_up s
                join y_class c on c.class_id = s.class_id
                where s.completed and c.status <> 'CANCELLED'
                group by c.city_code
            ),
            degree_figures as (
                select city_code, count(*) as degree_students
                from degree_application
                where year = :year and status in ('ADMITTED', 'GRADUATED') and city_code is not null
                group by city_code
            ),
            city as (
                select city_code from palace
                union
                select city_code from degree_figures
            )
            select city.city_code,
                   coalesce(tf.distinct_trainees, 0) as distinct_trainees,
                   coalesce(af.person_times, 0) as person_times,
                   coalesce(cf.completions, 0) as completions,
                   coalesce(df.degree_students, 0) as degree_students
            from city
            left join trainee_figures tf on tf.city_code = city.city_code
            left join attendance_figures af on af.city_code = city.city_code
            left join completion_figures cf on cf.city_code = city.city_code
            left join degree_figures df on df.city_code = city.city_code
            order by city.city_code
            """;

    /** One palace's classes of a year; a cancelled class holds no sign-ups, as in the palace's figures. */
    private static final String CLASS_FIGURES = """
            with p_class as (
                select class_id, course_id, title, capacity, lessons, status
                from clazz
                where palace_id = :palaceId and year = :year
            ),
            sign_up_figures as (
                select s.class_id,
                       count(*) filter (where s.status = 'CONFIRMED') as confirmed,
                       count(*) filter (where s.status = 'WAITLISTED') as waitlisted,
                       count(*) filter (where s.completed) as completions
                from sign_up s
                join p_class c on c.class_id = s.class_id
                where c.status <> 'CANCELLED'
                group by s.class_id
            ),
            attendance_figures as (
                select a.class_id, count(*) as attendances, count(distinct a.lesson_index) as lessons_held
                from attendance a
                join p_class c on c.class_id = a.class_id
                group by a.class_id
            )
            select c.class_id, c.title, c.course_id, co.title as course_title, co.category, c.status, c.capacity,
                   c.lessons,
                   coalesce(af.lessons_held, 0) as lessons_held,
                   coalesce(sf.confirmed, 0) as confirmed,
                   coalesce(sf.waitlisted, 0) as waitlisted,
                   coalesce(af.attendances, 0) as attendances,
                   coalesce(sf.completions, 0) as completions
            from p_class c
            left join course co on co.course_id = c.course_id
            left join sign_up_figures sf on sf.class_id = c.class_id
            left join attendance_figures af on af.class_id = c.class_id
            order by co.category nulls last, co.title nulls last, c.title, c.class_id
            """;

    /** The year's classes by their course's category; a cancelled class holds no seats or sign-ups. */
    private static final String CATEGORY_FIGURES = """
            with y_class as (
                select c.class_id, c.course_id, c.capacity, c.status, co.category
                from clazz c
                left join course co on co.course_id = c.course_id
                where c.year = :year
            ),
            sign_up_figures as (
                select s.class_id, count(*) as confirmed
                from sign_up s
                join y_class c on c.class_id = s.class_id
                where s.status = 'CONFIRMED' and c.status <> 'CANCELLED'
                group by s.class_id
            ),
            attendance_figures as (
                select a.class_id, count(*) as attendances
                from attendance a
                join y_class c on c.class_id = a.class_id
                group by a.class_id
            )
            select c.category,
                   count(distinct c.course_id) as courses,
                   count(*) as classes_opened,
                   count(*) filter (where c.status = 'CANCELLED') as classes_cancelled,
                   count(*) filter (where c.status = 'COMPLETED') as classes_completed,
                   coalesce(sum(c.capacity) filter (where c.status <> 'CANCELLED'), 0) as seats,
                   coalesce(sum(sf.confirmed), 0) as confirmed,
                   coalesce(sum(af.attendances), 0) as attendances
            from y_class c
            left join sign_up_figures sf on sf.class_id = c.class_id
            left join attendance_figures af on af.class_id = c.class_id
            group by c.category
            order by classes_opened desc, c.category nulls last
            """;

    private static final String PROVINCE_DISTINCT_TRAINEES = CITY_TRAINEES + """
            select count(distinct worker_id) from trainee
            """;

    private final JdbcClient jdbc;

    StatsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<PalaceStats> palaces(int year) {
        OffsetDateTime asOfEvent = asOfEvent();
        return jdbc.sql(PALACE_FIGURES.formatted("", ""))
                .param("year", year)
                .query((rs, row) -> palaceStats(rs, year, asOfEvent))
                .list();
    }

    /** The palaces whose {@code cityCode} is the given one; none for a code no palace has. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<PalaceStats> palacesOfCity(int year, String cityCode) {
        OffsetDateTime asOfEvent = asOfEvent();
        return jdbc.sql(PALACE_FIGURES.formatted(
                        "and palace_id in (select palace_id from palace where city_code = :cityCode)",
                        "and p.city_code = :cityCode"))
                .param("year", year)
                .param("cityCode", cityCode)
                .query((rs, row) -> palaceStats(rs, year, asOfEvent))
                .list();
    }

    /**
     * The palaces with the most distinct trainees in the year (then the most attendances), the basis of the yearly
     * palace evaluation; palaces without a trainee are left out.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<PalaceStats> topPalaces(int year, int limit) {
        return palaces(year).stream()
                .filter(palace -> palace.distinctTrainees() > 0)
                .sorted(Comparator.comparingLong(PalaceStats::distinctTrainees).reversed()
                        .thenComparing(Comparator.comparingLong(PalaceStats::attendances).reversed())
                        .thenComparing(PalaceStats::palaceId))
                .limit(limit)
                .toList();
    }

    /** A palace's classes of the year, by category, course and title; 404 for an unknown palace. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<ClassFigures> classes(String palaceId, int year) {
        boolean known = jdbc.sql("select count(*) from palace where palace_id = ?").param(palaceId)
                .query(Long.class).single() > 0;
        if (!known) {
            throw new UnknownPalaceException(palaceId);
        }
        return jdbc.sql(CLASS_FIGURES)
                .param("palaceId", palaceId)
                .param("year", year)
                .query((rs, row) -> new ClassFigures(rs.getString("class_id"), rs.getString("title"),
                        rs.getString("course_id"), rs.getString("course_title"), rs.getString("category"),
                        rs.getString("status"), rs.getLong("capacity"), rs.getLong("lessons"),
                        rs.getLong("lessons_held"), rs.getLong("confirmed"), rs.getLong("waitlisted"),
                        rs.getLong("attendances"), rs.getLong("completions")))
                .list();
    }

    /** The year's classes by their course's category, the categories with the most classes first. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<CategoryFigures> categories(int year) {
        return jdbc.sql(CATEGORY_FIGURES)
                .param("year", year)
                .query((rs, row) -> new CategoryFigures(rs.getString("category"), rs.getLong("courses"),
                        rs.getLong("classes_opened"), rs.getLong("classes_cancelled"),
                        rs.getLong("classes_completed"), rs.getLong("seats"), rs.getLong("confirmed"),
                        rs.getLong("attendances")))
                .list();
    }

    /** The years that have classes, subsidy facts or degree applications, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return jdbc.sql("""
                        select year from clazz
                        union
                        select year from subsidy_fact where year is not null
                        union
                        select year from degree_application where year is not null
                        order by year desc
                        """)
                .query(Integer.class)
                .list();
    }

    /** The time of the newest event applied, null before any. */
    @Transactional(readOnly = true)
    public OffsetDateTime newestEvent() {
        return asOfEvent();
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public PalaceStats palace(String palaceId, int year) {
        OffsetDateTime asOfEvent = asOfEvent();
        return jdbc.sql(PALACE_FIGURES.formatted("and palace_id = :palaceId", "and p.palace_id = :palaceId"))
                .param("year", year)
                .param("palaceId", palaceId)
                .query((rs, row) -> palaceStats(rs, year, asOfEvent))
                .optional()
                .orElseThrow(() -> new UnknownPalaceException(palaceId));
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public TraineeStats trainees(int year) {
        OffsetDateTime asOfEvent = asOfEvent();
        List<CityTraineeFigures> cities = jdbc.sql(CITY_FIGURES)
                .param("year", year)
                .query((rs, row) -> new CityTraineeFigures(rs.getString("city_code"),
                        rs.getLong("distinct_trainees"), rs.getLong("person_times"), rs.getLong("completions"),
                        rs.getLong("degree_students")))
                .list();
        long distinctTrainees = jdbc.sql(PROVINCE_DISTINCT_TRAINEES)
                .param("year", year)
                .query(Long.class)
                .single();
        TraineeFigures province = new TraineeFigures(distinctTrainees,
                cities.stream().mapToLong(CityTraineeFigures::personTimes).sum(),
                cities.stream().mapToLong(CityTraineeFigures::completions).sum(),
                cities.stream().mapToLong(CityTraineeFigures::degreeStudents).sum());
        return new TraineeStats(year, province, cities, asOfEvent);
    }

    private OffsetDateTime asOfEvent() {
        // one row, null before any event
        Timestamp newest = jdbc.sql("select max(event_time) from processed_event")
                .query(Timestamp.class)
                .list()
                .get(0);
        return newest == null ? null
                : newest.toInstant().atZone(ProjectionApplication.PROGRAMME_ZONE).toOffsetDateTime();
    }

    private static PalaceStats palaceStats(ResultSet rs, int year, OffsetDateTime asOfEvent) throws SQLException {
        return new PalaceStats(rs.getString("palace_id"), rs.getString("name"), rs.getString("level"),
                rs.getString("city_code"), year, rs.getLong("courses"), rs.getLong("classes_opened"),
                rs.getLong("classes_cancelled"), rs.getLong("classes_completed"), rs.getLong("lessons"),
                rs.getLong("lessons_held"), rs.getLong("seats"), rs.getLong("confirmed"), rs.getLong("waitlisted"),
                rs.getLong("attendances"), rs.getLong("distinct_trainees"), rs.getLong("completions"), asOfEvent);
    }
}
