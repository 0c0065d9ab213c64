package cn.workerspalace.localstack.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NationalIdsTest {

    @Test
    void the_check_character_of_the_standards_published_example_is_x() {
        assertThat(NationalIds.checkCharacter("11010519491231002")).isEqualTo('X');
    }

    @Test
    void a_generated_number_carries_region_birth_date_sequence_and_a_valid_check_character() {
        String id = NationalIds.of("370102", LocalDate.of(1986, 5, 17), 37);

        assertThat(id).hasSize(18).startsWith("37010219860517037");
        assertThat(NationalIds.isValid(id)).isTrue();
    }

    @Test
    void a_number_with_a_wrong_check_character_is_invalid() {
        String id = NationalIds.of("370102", LocalDate.of(1986, 5, 17), 37);
        char wrong = id.charAt(17) == '1' ? '2' : '1';

        assertThat(NationalIds.isValid(id.substring(0, 17) + wrong)).isFalse();
    }
}
