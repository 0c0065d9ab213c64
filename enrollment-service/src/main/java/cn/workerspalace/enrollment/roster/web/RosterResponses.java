package cn.workerspalace.enrollment.roster.web;

import cn.workerspalace.enrollment.ProgrammeTime;
import cn.workerspalace.enrollment.roster.query.RosterQueries.RosterView;
import java.time.OffsetDateTime;
import java.util.List;

/** The answers of the roster endpoints. */
final class RosterResponses {

    private RosterResponses() {
    }

    record SignUpResponse(String classId, String workerId, String status, Integer waitlistPosition,
                          String servicePointId) {
    }

    record AttendanceResponse(String classId, String workerId, int lessonIndex, OffsetDateTime recordedAt) {
    }

    record RosterResponse(String classId, String status, int capacity, List<Seat> confirmed,
                          List<QueuePlace> waitlist) {

        static RosterResponse of(RosterView roster) {
            return new RosterResponse(roster.classId(), roster.status(), roster.capacity(),
                    roster.confirmed().stream()
                            .map(seat -> new Seat(seat.workerId(), ProgrammeTime.local(seat.signedUpAt()),
                                    seat.servicePointId()))
                            .toList(),
                    roster.waitlist().stream()
                            .map(place -> new QueuePlace(place.workerId(), ProgrammeTime.local(place.signedUpAt()),
                                    place.servicePointId(), place.position()))
                            .toList());
        }
    }

    record Seat(String workerId, OffsetDateTime signedUpAt, String servicePointId) {
    }

    record QueuePlace(String workerId, OffsetDateTime signedUpAt, String servicePointId, int position) {
    }
}
