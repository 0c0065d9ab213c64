package cn.workerspalace.enrollment.worker.web;

import cn.workerspalace.enrollment.ProgrammeTime;
import cn.workerspalace.enrollment.roster.query.RosterQueries.WorkerSignUp;
import cn.workerspalace.enrollment.worker.query.WorkerQueries.WorkerView;
import java.time.OffsetDateTime;
import java.util.List;

/** A worker as answered: {@code idNumber} and {@code phone} masked. */
record WorkerResponse(
        String id,
        String memberNo,
        String name,
        String idNumber,
        String phone,
        String palaceId,
        String cityCode,
        String servicePointId,
        boolean frontLine,
        boolean migrantWorker,
        OffsetDateTime registeredAt,
        List<SignUp> signUps,
        List<Object> applications) {

    /** Degree applications come with the degree feature; until then the list is empty. */
    static WorkerResponse of(WorkerView worker, List<WorkerSignUp> signUps) {
        return new WorkerResponse(worker.workerId(), worker.memberNo(), worker.name(), worker.idNumberMasked(),
                worker.phoneMasked(), worker.palaceId(), worker.cityCode(), worker.servicePointId(),
                worker.frontLine(), worker.migrantWorker(), ProgrammeTime.local(worker.registeredAt()),
                signUps.stream().map(SignUp::of).toList(), List.of());
    }

    record SignUp(String classId, String status, Integer waitlistPosition, OffsetDateTime signedUpAt) {

        static SignUp of(WorkerSignUp signUp) {
            return new SignUp(signUp.classId(), signUp.status(), signUp.waitlistPosition(),
                    ProgrammeTime.local(signUp.signedUpAt()));
        }
    }
}
