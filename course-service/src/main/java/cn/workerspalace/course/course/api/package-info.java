/**
 * The course feature's messages: the command that creates a course, its duplicate-id exception, and the
 * {@link cn.workerspalace.course.course.api.CourseDirectory} that tells class commands which palace runs a course.
 */
package cn.workerspalace.course.course.api;
