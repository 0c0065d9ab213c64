/**
 * The audit trail: the history of a worker or a degree application, read straight from the event store (the events
 * themselves, in order, with the actor the command's metadata recorded), so it cannot drift from what happened.
 */
package cn.workerspalace.enrollment.history;
