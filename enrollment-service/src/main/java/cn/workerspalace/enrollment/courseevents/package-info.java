/**
 * The intake of {@code course-events} (spring-kafka, consumer group {@code enrollment-service}). Palaces and
 * service points go into the palace directory; a class's life drives its roster: opened -> roster opened, capacity
 * changed -> roster capacity, cancelled -> roster cancelled, completed -> roster completed. Every step is idempotent,
 * because Kafka delivers at least once: directory writes are upserts, an existing roster is not opened again, and
 * the roster ignores a capacity it already has and a cancel or complete after it closed. A record's offset is
 * committed only after its command succeeded; a failure is retried with back-off and never skipped, so the
 * per-class order of the topic is kept.
 */
package cn.workerspalace.enrollment.courseevents;
