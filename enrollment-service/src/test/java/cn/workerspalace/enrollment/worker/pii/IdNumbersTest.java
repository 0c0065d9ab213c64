package cn.workerspalace.enrollment.worker.pii;

import static org.assertj.core.api.Assertions.assertThat;

import cn.workerspalace.testsupport.TestPii;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IdNumbersTest {

    private final ValidIdNumberValidator validator = new ValidIdNumberValidator();

    @ParameterizedTest
    @ValueSource(strings = {"370102199003071238", "370102198501010011", "370102200002294566", "11010519491231002X",
            "37010219900101001X"})
    void valid_id_numbers_pass(String idNumber) {
        assertThat(validator.isValid(idNumber, null)).isTrue();
    }

    @Test
    void a_lower_case_x_check_character_is_the_same_as_upper_case() {
        assertThat(validator.isValid("11010519491231002x", null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"370102199003071239", "370102199003071230", "110105194912310020",
            "370102199001010011"})
    void a_wrong_check_character_fails(String idNumber) {
        assertThat(validator.isValid(idNumber, null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "37010219900307123", "3701021990030712388", "370102900307123"})
    void a_wrong_length_fails(String idNumber) {
        assertThat(validator.isValid(idNumber, null)).isFalse();
    }

    @ParameterizedTest
    // each with the check character that would be right for its first 17 characters
    @ValueSource(strings = {"370102199002301230", "370102199013011239", "370102190002290016", "370102299901010013",
            "370102185001010012"})
    void an_impossible_birth_date_fails(String idNumber) {
        assertThat(IdNumbers.checkCharacter(idNumber)).isEqualTo(idNumber.charAt(17));
        assertThat(validator.isValid(idNumber, null)).isFalse();
    }

    @Test
    void letters_among_the_first_seventeen_characters_fail() {
        assertThat(validator.isValid("37010A199003071238", null)).isFalse();
    }

    @Test
    void null_is_left_to_not_blank() {
        assertThat(validator.isValid(null, null)).isTrue();
    }

    @Test
    void an_id_number_is_masked_to_its_first_six_and_last_four_characters() {
        assertThat(IdNumbers.mask("370102199003071234")).isEqualTo("370102********1234");
        assertThat(IdNumbers.mask("11010519491231002x")).isEqualTo("110105********002X");
    }

    @Test
    void a_phone_number_is_masked_to_its_first_three_and_last_four_digits() {
        assertThat(PhoneNumbers.mask("13812345678")).isEqualTo("138****5678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "19912345678", "15000000000"})
    void mainland_mobile_numbers_pass(String phone) {
        assertThat(PhoneNumbers.isValid(phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "23812345678", "1381234567a"})
    void other_phone_numbers_fail(String phone) {
        assertThat(PhoneNumbers.isValid(phone)).isFalse();
    }

    @Test
    void the_digest_is_keyed_and_the_same_for_both_spellings_of_x() {
        IdNumberDigester one = new IdNumberDigester(new PiiProperties(TestPii.MASTER_KEY, TestPii.randomKey()));
        IdNumberDigester two = new IdNumberDigester(new PiiProperties(TestPii.MASTER_KEY, TestPii.randomKey()));
        assertThat(one.digest("11010519491231002X")).isEqualTo(one.digest("11010519491231002x"))
                .hasSize(64).doesNotContain("11010519491231002X")
                .isNotEqualTo(two.digest("11010519491231002X"));
    }
}
