/**
 * course-service: the training coordinators' write side for palaces, service points, courses and classes. Every
 * change is an Axon event in this service's PostgreSQL event store, and the platform relay publishes it on the
 * {@code course-events} topic.
 */
package cn.workerspalace.course;
