package cn.workerspalace.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.api.Test;

class NulCharacterRefusalTest {

    record Palace(String name, String address) {
    }

    private final ObjectMapper json = new ObjectMapper().registerModule(NulCharacterRefusal.module());

    @Test
    void a_string_with_the_nul_character_is_refused_naming_its_field() {
        assertThatThrownBy(() -> json.readValue("{\"name\":\"泉城\\u0000路\",\"address\":\"济南\"}", Palace.class))
                .isInstanceOfSatisfying(InvalidFormatException.class, e -> {
                    assertThat(e.getPath()).extracting(reference -> reference.getFieldName()).containsExactly("name");
                    assertThat(e.getOriginalMessage()).isEqualTo("must not contain the NUL character");
                });
    }

    @Test
    void other_strings_including_unicode_and_sql_looking_ones_are_read_unchanged() throws Exception {
        Palace palace = json.readValue("{\"name\":\"'; DROP TABLE domainevententry; --\",\"address\":\"济南 🏛\"}",
                Palace.class);

        assertThat(palace.name()).isEqualTo("'; DROP TABLE domainevententry; --");
        assertThat(palace.address()).isEqualTo("济南 🏛");
    }
}
