package cn.workerspalace.localstack.demo;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Citizen identification numbers as GB 11643-1999 defines them: a 6-digit region code (GB/T 2260), the birth date
 * (yyyyMMdd), a 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check character.
 */
public final class NationalIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = "10X98765432".toCharArray();
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private NationalIds() {
    }

    public static String of(String regionCode, LocalDate birthDate, int sequence) {
        if (!regionCode.matches("\\d{6}") || sequence < 0 || sequence > 999) {
            throw new IllegalArgumentException("region " + regionCode + ", sequence " + sequence);
        }
        String body = regionCode + birthDate.format(BIRTH_DATE) + String.format("%03d", sequence);
        return body + checkCharacter(body);
    }

    public static char checkCharacter(String first17Digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    public static boolean isValid(String idNumber) {
        return idNumber.matches("\\d{17}[\\dX]") && checkCharacter(idNumber.substring(0, 17)) == idNumber.charAt(17);
    }
}
