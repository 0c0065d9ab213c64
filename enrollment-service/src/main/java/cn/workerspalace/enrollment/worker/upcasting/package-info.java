/**
 * Upcasters of the worker's events: older revisions of stored events are read as the current one, by aggregates
 * and by the relay that publishes them.
 */
package cn.workerspalace.enrollment.worker.upcasting;
