/**
 * enrollment-service: workers and class rosters, event-sourced with Axon on PostgreSQL; every stored event is
 * relayed to {@code enrollment-events}, and {@code course-events} is consumed to learn palaces and classes. Features:
 * {@code palace} (directory copied from course-service), {@code courseevents} (the Kafka intake), {@code worker},
 * {@code roster}; degree applications ({@code degree}) and subsidy quotas ({@code quota}) follow as features of their
 * own beside them.
 */
package cn.workerspalace.enrollment;
