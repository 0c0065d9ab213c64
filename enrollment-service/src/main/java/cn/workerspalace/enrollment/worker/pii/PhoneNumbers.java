package cn.workerspalace.enrollment.worker.pii;

import java.util.regex.Pattern;

/** Mainland mobile numbers: eleven digits starting 13 to 19. */
public final class PhoneNumbers {

    public static final String PATTERN = "1[3-9]\\d{9}";
    private static final Pattern MOBILE = Pattern.compile(PATTERN);

    private PhoneNumbers() {
    }

    public static boolean isValid(String phone) {
        return phone != null && MOBILE.matcher(phone).matches();
    }

    /** First three and last four digits kept: {@code 138****5678}. */
    public static String mask(String phone) {
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
