package cn.workerspalace.enrollment.worker.pii;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * National ID numbers (居民身份证号码) per GB 11643-1999: six digits of region, eight of birth date (yyyyMMdd), three
 * of sequence, and a check character computed with ISO 7064 MOD 11-2 (0-9 or X).
 */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    private IdNumbers() {
    }

    /** True for 17 digits of which the birth date is a real date, followed by the right check character. */
    public static boolean isValid(String idNumber) {
        if (idNumber == null || idNumber.length() != 18) {
            return false;
        }
        String number = normalize(idNumber);
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(number.charAt(i))) {
                return false;
            }
        }
        return hasValidBirthDate(number) && checkCharacter(number) == number.charAt(17);
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(String idNumber) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (idNumber.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    /** The canonical form: a lower-case check character x is the same number as X. */
    public static String normalize(String idNumber) {
        return idNumber.toUpperCase(Locale.ROOT);
    }

    /** First six and last four characters kept: {@code 370102********1234}. */
    public static String mask(String idNumber) {
        String number = normalize(idNumber);
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }

    private static boolean hasValidBirthDate(String number) {
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
            return !birth.isBefore(EARLIEST_BIRTH) && !birth.isAfter(LocalDate.now(ZoneOffset.UTC));
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
