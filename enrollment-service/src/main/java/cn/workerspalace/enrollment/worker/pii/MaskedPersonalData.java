package cn.workerspalace.enrollment.worker.pii;

/** Personal data as answers show it: the name, the ID number as {@code 370102********1234}, the phone as {@code 138****5678}. */
public record MaskedPersonalData(String name, String idNumber, String phone) {
}
