package cn.workerspalace.enrollment.worker.command;

import cn.workerspalace.contracts.enrollment.SealedPersonalData;
import cn.workerspalace.enrollment.worker.pii.PersonalData;

/** Seals a new worker's personal data under a data key made for them, in the registering transaction. */
interface PersonalDataSealing {

    SealedPersonalData seal(String workerId, PersonalData data);
}
