/** The course endpoints: create and show a course; requests are validated here (400). */
package cn.workerspalace.course.course.web;
