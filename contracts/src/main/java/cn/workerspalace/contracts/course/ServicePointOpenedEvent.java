package cn.workerspalace.contracts.course;

import cn.workerspalace.contracts.Revision;

/** A palace opened a service point where workers consult and register close to home. */
@Revision("1")
public record ServicePointOpenedEvent(
        String palaceId,
        String servicePointId,
        String name,
        String address) {
}
