/** The courses as the API reads them, kept by a subscribing handler in a view table. */
package cn.workerspalace.course.course.query;
