package cn.workerspalace.projection.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UtcInstantsTest {

    private final ObjectMapper plain = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private final ObjectMapper fast = JsonMapper.builder().addModule(new JavaTimeModule())
            .addModule(UtcInstants.module()).build();

    @Test
    void reads_every_utc_instant_with_0_to_9_fraction_digits_as_instant_parse_does() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L),
                    random.nextInt(1_000_000_000));
            int digits = i % 10;
            DateTimeFormatter format = new DateTimeFormatterBuilder().appendInstant(digits).toFormatter();
            String text = format.format(instant);
            if (text.length() > 30 || text.charAt(0) == '+' || text.charAt(0) == '-') {
                continue; // years beyond 9999 or before 0000 are left to the general parser
            }
            assertThat(UtcInstants.parse(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void leaves_every_other_form_to_the_general_parser() {
        for (String text : new String[] {"2026-11-29T16:00:00+08:00", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z",
                "2026-11-29T24:00:00Z", "2026-11-29T23:59:60Z", "2026-11-29T08:00:00.Z", "2026-11-29T08:00:00.1234567891Z",
                "2026-11-29 08:00:00Z", "2026-11-29T08:00Z", "20261129T080000Z", "2026-11-29T08:00:00z",
                "2026-1a-29T08:00:00Z"}) {
            assertThat(UtcInstants.parse(text)).as(text).isNull();
        }
    }

    @Test
    void jackson_reads_the_same_instants_with_the_module_as_without_it() throws Exception {
        for (String json : new String[] {"\"2026-11-29T08:00:00.123456Z\"", "\"2026-11-29T08:00:00Z\"",
                "\"2026-11-29T16:00:00+08:00\"", "1764403200", "1764403200.5"}) {
            assertThat(fast.readValue(json, Instant.class)).as(json).isEqualTo(plain.readValue(json, Instant.class));
        }
    }
}
