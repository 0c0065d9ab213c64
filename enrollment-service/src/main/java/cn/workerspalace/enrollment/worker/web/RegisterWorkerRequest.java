package cn.workerspalace.enrollment.worker.web;

import cn.workerspalace.enrollment.worker.pii.IdNumbers;
import cn.workerspalace.enrollment.worker.pii.PhoneNumbers;
import cn.workerspalace.enrollment.worker.pii.ValidIdNumber;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/workers}. */
@Schema(description = "A worker registering once with a palace, often helped by service-point staff")
record RegisterWorkerRequest(
        @Schema(description = "Optional; a UUID is made when absent", example = "worker-jn-000123")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}",
                message = "must be 1-64 letters, digits, '.', '_' or '-'") String id,
        @Schema(description = "Trade union membership number", example = "JN2026000123")
        @NotBlank @Size(max = 64) String memberNo,
        @Schema(example = "张伟")
        @NotBlank @Size(max = 100) String name,
        @Schema(description = "National ID number (身份证号), 18 characters with the GB 11643 check character; "
                + "stored and answered only masked", example = "11010519491231002X")
        @NotBlank @ValidIdNumber String idNumber,
        @Schema(description = "Mainland mobile number; answered only masked", example = "\"13812345678\"")
        @NotBlank @Pattern(regexp = PhoneNumbers.PATTERN,
                message = "must be a mainland mobile number: 11 digits starting 13 to 19") String phone,
        @Schema(description = "The palace the worker registers with; its city is the worker's", example = "jinan")
        @NotBlank String palaceId,
        @Schema(description = "Optional: the palace's service point where the worker registered",
                example = "jinan-lixia-quancheng")
        @Size(min = 1, max = 64) String servicePointId,
        @Schema(description = "A front-line worker (only they may apply for the degree subsidy)", example = "true")
        @NotNull Boolean frontLine,
        @Schema(description = "A migrant worker (农民工)", example = "false")
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
