package cn.workerspalace.enrollment.worker.pii;

/**
 * A worker's personal data in clear. It exists only between the request and the sealing, and between opening and
 * masking an answer; {@link #toString()} masks it, so a logged command or exception never shows it.
 */
public record PersonalData(String name, String idNumber, String phone) {

    /** The national ID number with only its first 6 and last 4 characters, the phone with its first 3 and last 4. */
    public MaskedPersonalData masked() {
        return new MaskedPersonalData(name, IdNumbers.mask(idNumber), PhoneNumbers.mask(phone));
    }

    @Override
    public String toString() {
        return "PersonalData[name=***, idNumber="
                + (IdNumbers.isValid(idNumber) ? IdNumbers.mask(idNumber) : "***") + ", phone="
                + (PhoneNumbers.isValid(phone) ? PhoneNumbers.mask(phone) : "***") + "]";
    }
}
