package cn.workerspalace.enrollment.worker.pii;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A national ID number with a valid GB 11643 check character; null is left to {@code @NotBlank}. */
@Documented
@Constraint(validatedBy = ValidIdNumberValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidIdNumber {

    String message() default "must be an 18-character national ID number with a valid check digit (GB 11643)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
