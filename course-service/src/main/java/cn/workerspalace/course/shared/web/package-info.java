/** Web concerns shared by this service's features: identifiers as clients may choose them. */
package cn.workerspalace.course.shared.web;
