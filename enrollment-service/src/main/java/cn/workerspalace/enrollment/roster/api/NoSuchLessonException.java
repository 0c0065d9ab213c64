package cn.workerspalace.enrollment.roster.api;

/** The lesson index names no lesson of the class: an invalid request (400), not a refused one. */
public class NoSuchLessonException extends RuntimeException {

    private final int lessonIndex;
    private final int lessons;

    public NoSuchLessonException(String classId, int lessonIndex, int lessons) {
        super("class " + classId + " has lessons 0 to " + (lessons - 1) + ", not " + lessonIndex);
        this.lessonIndex = lessonIndex;
        this.lessons = lessons;
    }

    public int lessonIndex() {
        return lessonIndex;
    }

    public int lessons() {
        return lessons;
    }
}
