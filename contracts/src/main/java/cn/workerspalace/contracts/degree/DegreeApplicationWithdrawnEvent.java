package cn.workerspalace.contracts.degree;

import cn.workerspalace.contracts.Revision;
import java.time.Instant;

/**
 * The application was withdrawn (status WITHDRAWN). {@code placeReleased}: an unpaid reservation went back to the
 * quota; a paid one stays counted as used.
 */
@Revision("1")
public record DegreeApplicationWithdrawnEvent(
        String applicationId,
        String reason,
        boolean placeReleased,
        Instant withdrawnAt) {
}
