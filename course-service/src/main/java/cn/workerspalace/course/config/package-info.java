/** Wiring that belongs to no single feature: the OpenAPI description. */
package cn.workerspalace.course.config;
