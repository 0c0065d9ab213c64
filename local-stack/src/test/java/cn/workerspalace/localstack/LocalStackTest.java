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

    @Test
    void the_token_command_takes_its_role_and_scope_with_or_without_equals_signs() {
        assertThat(LocalStack.parse(new String[] {"--token", "COORDINATOR", "--palace=palace-jinan", "--ttl", "30m"}))
                .containsEntry("token", "COORDINATOR")
                .containsEntry("palace", "palace-jinan")
                .containsEntry("ttl", "30m");
    }

    @Test
    void a_palace_scoped_token_without_a_palace_is_refused() {
        assertThatThrownBy(() -> LocalStack.token(LocalStack.parse(new String[] {"--token", "SERVICE_POINT"})))
                .hasMessageContaining("--palace");
        assertThatThrownBy(() -> LocalStack.token(LocalStack.parse(new String[] {"--token", "ADMIN"})))
                .hasMessageContaining("OPS_CENTER");
    }
}
