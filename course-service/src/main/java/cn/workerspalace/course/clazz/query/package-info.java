/** The classes and their lessons as the API reads them, kept by a subscribing handler in view tables. */
package cn.workerspalace.course.clazz.query;
