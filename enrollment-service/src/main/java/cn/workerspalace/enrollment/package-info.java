/**
 * enrollment-service: workers, class rosters (工惠乐学) and the degree programme (求学圆梦), event-sourced with Axon
 * on PostgreSQL; every stored event is relayed to {@code enrollment-events}, and {@code course-events} is consumed to
 * learn palaces and classes. Features: {@code palace} (directory copied from course-service), {@code courseevents}
 * (the Kafka intake), {@code worker}, {@code roster}, {@code quota} (the year's subsidy places) and {@code degree}
 * (applications), and {@code history} (the audit trail, read from the event store).
 */
package cn.workerspalace.enrollment;
