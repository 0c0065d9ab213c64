package cn.workerspalace.course.clazz.api;

/** The seats a class may have. */
public final class ClassCapacity {

    public static final int MIN = 1;
    public static final int MAX = 10_000;

    private ClassCapacity() {
    }
}
