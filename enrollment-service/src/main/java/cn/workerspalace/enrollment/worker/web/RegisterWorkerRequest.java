package cn.workerspalace.enrollment.worker.web;

import cn.workerspalace.enrollment.worker.pii.IdNumbers;
import cn.workerspalace.enrollment.worker.pii.PhoneNumbers;
import cn.workerspalace.enrollment.worker.pii.ValidIdNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/workers}. */
record RegisterWorkerRequest(
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
                message = "must be 1-64 letters, digits, '.', '_' or '-'") String id,
        @NotBlank @Size(max = 64) String memberNo,
        @NotBlank @Size(max = 100) String name,
        @NotBlank @ValidIdNumber String idNumber,
        @NotBlank @Pattern(regexp = PhoneNumbers.PATTERN,
                message = "must be a mainland mobile number: 11 digits starting 13 to 19") String phone,
        @NotBlank String palaceId,
        @Size(min = 1, max = 64) String servicePointId,
        @NotNull Boolean frontLine,
        @NotNull Boolean migrantWorker) {

    /** Never prints personal data in clear, whoever logs the request. */
    @Override
    public String toString() {
        return "RegisterWorkerRequest[id=" + id + ", memberNo=" + memberNo + ", idNumber="
                + (IdNumbers.isValid(idNumber) ? IdNumbers.mask(idNumber) : "(invalid)") + ", phone="
                + (PhoneNumbers.isValid(phone) ? PhoneNumbers.mask(phone) : "(invalid)") + ", palaceId=" + palaceId
                + ", servicePointId=" + servicePointId + "]";
    }
}
