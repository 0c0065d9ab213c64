package cn.workerspalace.enrollment.worker.pii;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidIdNumber}. */
public class ValidIdNumberValidator implements ConstraintValidator<ValidIdNumber, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || IdNumbers.isValid(value);
    }
}
