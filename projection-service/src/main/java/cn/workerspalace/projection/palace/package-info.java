/**
 * Palaces of the network as course-service registered them: name, level and city code. Every registered palace
 * has figures, zeros before any activity; its {@code cityCode} is the city its figures roll up to.
 */
package cn.workerspalace.projection.palace;
