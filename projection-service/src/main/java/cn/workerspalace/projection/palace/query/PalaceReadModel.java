package cn.workerspalace.projection.palace.query;

import cn.workerspalace.contracts.course.PalaceRegisteredEvent;
import cn.workerspalace.projection.ingest.EventHandlers;
import cn.workerspalace.projection.ingest.ReadModel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Table {@code palace}. */
@Component
class PalaceReadModel implements ReadModel {

    private final JdbcClient jdbc;

    PalaceReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void subscribe(EventHandlers handlers) {
        handlers.on(PalaceRegisteredEvent.class, this::on);
    }

    void on(PalaceRegisteredEvent event) {
        jdbc.sql("""
                        insert into palace (palace_id, name, level, city_code, parent_id) values (?, ?, ?, ?, ?)
                        on conflict (palace_id) do update set name = excluded.name, level = excluded.level,
                            city_code = excluded.city_code, parent_id = excluded.parent_id
                        """)
                .params(event.palaceId(), event.name(), event.level().name(), event.cityCode(), event.parentId())
                .update();
    }
}
