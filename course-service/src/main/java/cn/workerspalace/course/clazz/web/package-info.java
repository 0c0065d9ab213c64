/** The class endpoints: open, show, change capacity, cancel and complete; requests are validated here (400). */
package cn.workerspalace.course.clazz.web;
