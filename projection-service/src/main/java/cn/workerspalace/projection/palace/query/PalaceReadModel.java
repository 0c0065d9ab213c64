package cn.workerspalace.projection.palace.query;

import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import cn.workerspalace.projection.ingest.EventHandlers;
import cn.workerspalace.projection.ingest.ReadModel;
import cn.workerspalace.projection.ingest.ReadModelWrites;
import org.springframework.stereotype.Component;

/** Table {@code palace}. */
@Component
class PalaceReadModel implements ReadModel {

    private final ReadModelWrites writes;

    PalaceReadModel(ReadModelWrites writes) {
        this.writes = writes;
    }

    @Override
    public void subscribe(EventHandlers handlers) {
        handlers.on(PalaceRegisteredEvent.class, this::on);
    }

    void on(PalaceRegisteredEvent event) {
        writes.upsert(event.palaceId(), """
                        insert into palace (palace_id, name, level, city_code, parent_id) values (?, ?, ?, ?, ?)
                        on conflict (palace_id) do update set name = excluded.name, level = excluded.level,
                            city_code = excluded.city_code, parent_id = excluded.parent_id
                        """,
                event.palaceId(), event.name(), event.level().name(), event.cityCode(), event.parentId());
    }
}
