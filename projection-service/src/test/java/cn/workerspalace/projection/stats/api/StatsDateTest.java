package cn.workerspalace.projection.stats.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.workerspalace.projection.web.InvalidParameterException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatsDateTest {

    @Test
    void an_absent_date_is_null() {
        assertThat(StatsDate.parse("asOf", null)).isNull();
    }

    @Test
    void a_date_is_read_as_year_month_day() {
        assertThat(StatsDate.parse("asOf", "2026-02-28")).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(StatsDate.parse("asOf", "9999-12-31")).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @Test
    void anything_else_is_refused_naming_the_parameter() {
        for (String text : new String[] {"", "2026-02-29", "2026-2-28", "28.02.2026", "+2026-02-28", "1899-12-31",
                                         "+10000-01-01"}) {
            assertThatThrownBy(() -> StatsDate.parse("asOf", text)).as(text)
                    .isInstanceOf(InvalidParameterException.class).extracting("parameter").isEqualTo("asOf");
        }
    }
}
