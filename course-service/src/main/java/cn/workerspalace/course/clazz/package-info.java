/**
 * Classes (班次): a cohort of a course with a capacity, an enrolment window and a schedule of lessons (节次). A class
 * is OPEN until cancelled or completed; enrollment-service follows it from course-events to run the roster.
 */
package cn.workerspalace.course.clazz;
