package cn.workerspalace.enrollment.worker.web;

import cn.workerspalace.enrollment.ProgrammeTime;
import cn.workerspalace.enrollment.degree.query.DegreeApplicationQueries.ApplicationView;
import cn.workerspalace.enrollment.roster.query.RosterQueries.WorkerSignUp;
import cn.workerspalace.enrollment.worker.pii.MaskedPersonalData;
import cn.workerspalace.enrollment.worker.query.WorkerQueries.WorkerView;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A worker as answered: {@code idNumber} and {@code phone} masked; {@code name}, {@code idNumber} and {@code phone}
 * null once the worker's personal data was erased ({@code personalDataErased}).
 */
record WorkerResponse(
        String id,
        String memberNo,
        String name,
        String idNumber,
        String phone,
        boolean personalDataErased,
        String palaceId,
        String cityCode,
        String servicePointId,
        boolean frontLine,
        boolean migrantWorker,
        OffsetDateTime registeredAt,
        List<SignUp> signUps,
        List<Application> applications) {

    static WorkerResponse of(WorkerView worker, MaskedPersonalData personalData, List<WorkerSignUp> signUps,
                             List<ApplicationView> applications) {
        return new WorkerResponse(worker.workerId(), worker.memberNo(),
                personalData == null ? null : personalData.name(),
                personalData == null ? null : personalData.idNumber(),
                personalData == null ? null : personalData.phone(), personalData == null, worker.palaceId(), worker.cityCode(), worker.servicePointId(),
                worker.frontLine(), worker.migrantWorker(), ProgrammeTime.local(worker.registeredAt()),
                signUps.stream().map(SignUp::of).toList(),
                applications.stream().map(Application::of).toList());
    }

    record SignUp(String classId, String status, Integer waitlistPosition, OffsetDateTime signedUpAt,
                  String servicePointId) {

        static SignUp of(WorkerSignUp signUp) {
            return new SignUp(signUp.classId(), signUp.status(), signUp.waitlistPosition(),
                    ProgrammeTime.local(signUp.signedUpAt()), signUp.servicePointId());
        }
    }

    /** A degree application of the worker, oldest first; the whole of it at {@code /api/degree-applications/{id}}. */
    record Application(String id, int year, String level, String school, String major, String cityCode,
                       String status, BigDecimal paidAmount, Integer queuePosition, OffsetDateTime submittedAt) {

        static Application of(ApplicationView application) {
            return new Application(application.applicationId(), application.year(), application.level(),
                    application.school(), application.major(), application.cityCode(), application.status(),
                    application.paidAmount(), application.queuePosition(),
                    ProgrammeTime.local(application.submittedAt()));
        }
    }
}
