package cn.workerspalace.localstack.demo;

/**
 * How much demo data to load. Every palace of the province is always registered; courses, classes and workers only
 * in the first {@code citiesWithActivity} cities (and at the provincial palace).
 *
 * @param provinceCourses    courses at the provincial palace
 * @param cityCourses        courses at each city palace
 * @param countyCourses      courses at each county palace
 * @param citiesWithActivity cities whose palaces run courses and whose workers register
 * @param workers            workers registered
 */
public record DemoSize(int provinceCourses, int cityCourses, int countyCourses, int citiesWithActivity, int workers) {

    /** The whole province: about 240 courses, 320 classes, 3,000 workers and 10,000 sign-ups. */
    public static final DemoSize FULL = new DemoSize(8, 6, 1, 16, 3000);

    /** Two cities' worth, for a quick look or a test. */
    public static final DemoSize SMALL = new DemoSize(3, 2, 1, 2, 150);
}
