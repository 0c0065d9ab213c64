/** Courses (培训项目): what a palace teaches, in categories; classes are opened for a course. */
package cn.workerspalace.course.course;
