/** The palaces and service points as the API reads them, kept by a subscribing handler in view tables. */
package cn.workerspalace.course.palace.query;
