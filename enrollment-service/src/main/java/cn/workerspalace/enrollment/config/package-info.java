/** Wiring that belongs to no single feature: the OpenAPI description and the problem details' schema. */
package cn.workerspalace.enrollment.config;
