/**
 * Courses and their classes as course-service announced them: a class's palace, course, year (of its first lesson,
 * Asia/Shanghai), capacity, number of lessons and status (OPEN, CANCELLED, COMPLETED).
 */
package cn.workerspalace.projection.course;
