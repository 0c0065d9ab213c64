/**
 * The palace directory: this service's own copy of the palaces and service points that course-service announces
 * on {@code course-events} (id, level, city code; service points with their palace). Registration checks read it
 * (an unknown {@code palaceId} or {@code servicePointId} is answered 404) and a worker's city comes from it. It is
 * not event-sourced here: the facts belong to course-service, and every write is an idempotent upsert, so a
 * redelivered record changes nothing.
 */
package cn.workerspalace.enrollment.palace;
