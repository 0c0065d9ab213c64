package cn.workerspalace.projection.stats.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.workerspalace.projection.web.InvalidParameterException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StatsYearTest {

    @Test
    void an_absent_year_is_this_year_in_shanghai_whatever_the_clock_zone() {
        Clock newYearsEveInUtc = Clock.fixed(Instant.parse("2025-12-31T16:00:00Z"), ZoneOffset.UTC);

        assertThat(StatsYear.resolve(null, newYearsEveInUtc)).isEqualTo(2026);
    }

    @Test
    void a_given_year_is_taken_as_it_is() {
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

        assertThat(StatsYear.resolve(2021, clock)).isEqualTo(2021);
        assertThat(StatsYear.resolve(StatsYear.FIRST, clock)).isEqualTo(1900);
        assertThat(StatsYear.resolve(StatsYear.LAST, clock)).isEqualTo(9999);
    }

    @Test
    void a_year_outside_four_digits_from_1900_is_refused_naming_the_parameter() {
        Clock clock = Clock.systemUTC();

        assertThatThrownBy(() -> StatsYear.resolve(1899, clock)).isInstanceOf(InvalidParameterException.class)
                .extracting("parameter").isEqualTo("year");
        assertThatThrownBy(() -> StatsYear.resolve(10_000, clock)).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> StatsYear.resolve(-2026, clock)).isInstanceOf(InvalidParameterException.class);
    }
}
