/** The class aggregate: capacity, enrolment window and lessons of a class, and its OPEN/CANCELLED/COMPLETED life. */
package cn.workerspalace.course.clazz.command;
