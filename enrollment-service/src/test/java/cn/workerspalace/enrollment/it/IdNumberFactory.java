package cn.workerspalace.enrollment.it;

import cn.workerspalace.enrollment.worker.pii.IdNumbers;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/** Distinct valid national ID numbers and phone numbers for one test JVM (the test database is shared). */
final class IdNumberFactory {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1970, 1, 1);

    private IdNumberFactory() {
    }

    static String nextIdNumber() {
        int n = NEXT.getAndIncrement();
        String first17 = "370102" + FIRST_BIRTH.plusDays(n / 900).format(DateTimeFormatter.BASIC_ISO_DATE)
                + (100 + n % 900);
        return first17 + IdNumbers.checkCharacter(first17);
    }

    static String nextPhone() {
        return "139" + String.format("%08d", NEXT.getAndIncrement());
    }

    /** The same number with a wrong check character. */
    static String withWrongCheckCharacter(String idNumber) {
        char right = idNumber.charAt(17);
        return idNumber.substring(0, 17) + (right == '0' ? '1' : '0');
    }
}
