/** The class feature's messages: commands to open, resize, cancel and complete a class, its status and rules. */
package cn.workerspalace.course.clazz.api;
