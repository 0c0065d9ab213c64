package cn.workerspalace.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LocalStackTest {

    @Test
    void flags_and_options_are_read_from_the_command_line() {
        assertThat(LocalStack.parse(new String[] {"--demo-data", "--course-port=9081"}))
                .containsEntry("demo-data", "")
                .containsEntry("course-port", "9081");
    }

    @Test
    void an_unknown_option_is_refused() {
        assertThatThrownBy(() -> LocalStack.parse(new String[] {"--demo"}))
                .hasMessageContaining("unknown option --demo");
    }
}
