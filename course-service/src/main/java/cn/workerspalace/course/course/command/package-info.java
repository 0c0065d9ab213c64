/** The course aggregate and the course lookup table that class commands consult for a course's palace. */
package cn.workerspalace.course.course.command;
