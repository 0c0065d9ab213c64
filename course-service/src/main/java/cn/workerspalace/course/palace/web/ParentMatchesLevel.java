package cn.workerspalace.course.palace.web;

import cn.workerspalace.contracts.course.PalaceLevel;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** {@code parentId} is absent for the PROVINCE palace and given for every other; reported on {@code parentId}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ParentMatchesLevel.Validator.class)
@interface ParentMatchesLevel {

    String message() default "does not match the level";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ParentMatchesLevel, RegisterPalaceRequest> {

        @Override
        public boolean isValid(RegisterPalaceRequest request, ConstraintValidatorContext context) {
            if (request.level() == null) {
                return true;
            }
            boolean province = request.level() == PalaceLevel.PROVINCE;
            boolean hasParent = request.parentId() != null && !request.parentId().isBlank();
            if (province == hasParent) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(province
                                ? "must be absent for the PROVINCE palace"
                                : "is required for a " + request.level() + " palace")
                        .addPropertyNode("parentId")
                        .addConstraintViolation();
                return false;
            }
            return true;
        }
    }
}
