package cn.workerspalace.course.palace.query;

import cn.workerspalace.contracts.course.PalaceLevel;
import java.util.List;

/** A palace as clients see it, with its service points in the order they opened. */
public record PalaceView(
        String id,
        String name,
        PalaceLevel level,
        String cityCode,
        String parentId,
        List<ServicePointView> servicePoints) {
}
