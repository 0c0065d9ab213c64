package cn.workerspalace.contracts.enrollment;

/**
 * Personal data as revision 1 of {@link WorkerRegisteredEvent} carried it: the name in clear, the national ID number
 * ({@code 370102********1234}) and phone ({@code 138****5678}) masked. Never written by revision 2.
 */
public record LegacyPersonalData(String name, String idNumberMasked, String phoneMasked) {
}
