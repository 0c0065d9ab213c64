/**
 * Class rosters (工惠乐学): one Axon aggregate per class (id = class id), opened when course-service opens the
 * class, and the consistency boundary for its seats. A sign-up inside the enrolment window ({@code opensAt <= now <
 * closesAt}) is CONFIRMED while fewer trainees than the capacity hold seats, otherwise WAITLISTED at the end of the
 * queue; cancelling a seat promotes the first waitlisted worker and the positions behind close up; raising the
 * capacity promotes in queue order; lowering it never cancels a confirmed seat, it only stops confirmations until
 * the confirmed count is below it. Attendance is recorded per lesson for confirmed trainees, from 30 minutes before
 * the lesson starts, once per lesson. <b>Completion rule:</b> when the class completes, every worker holding a
 * confirmed seat at that moment completes the class (and may still have attendance recorded afterwards, as a class
 * can be recorded after the fact); every waitlisted sign-up ends without completion; nothing can be signed up or
 * cancelled any more. When the class is cancelled, every sign-up, confirmed or waitlisted, ends. A sign-up may name
 * the service point whose staff took it ({@code servicePointId}, any palace's; {@code TraineeSignedUpEvent} revision
 * 2, older revision 1 events are upcast with it null). The roster and sign-up views are kept in the command's
 * transaction, so answers read right after a command see it. A roster is cached and snapshotted every
 * {@code palace.roster.snapshot-every} events.
 */
package cn.workerspalace.enrollment.roster;
