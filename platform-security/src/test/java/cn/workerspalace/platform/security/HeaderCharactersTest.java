package cn.workerspalace.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HeaderCharactersTest {

    /** Spring Security 6.5's own expressions (StrictHttpFirewall), which the predicates must agree with. */
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void every_character_is_judged_as_the_firewall_expressions_judge_it() {
        List<String> disagreements = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            if (Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
                continue;
            }
            String alone = Character.toString(codePoint);
            String inToken = "Bearer eyJ" + alone + "x.y";
            for (String header : List.of(alone, inToken)) {
                if (HeaderCharacters.allowedName(header) != NAMES.matcher(header).matches()
                        || HeaderCharacters.allowedValue(header) != VALUES.matcher(header).matches()) {
                    disagreements.add(Integer.toHexString(codePoint));
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void a_token_passes_and_control_characters_do_not() {
        assertThat(HeaderCharacters.allowedValue("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")).isTrue();
        assertThat(HeaderCharacters.allowedValue("a\tb")).isTrue();
        assertThat(HeaderCharacters.allowedName("a\tb")).isFalse();
        assertThat(HeaderCharacters.allowedValue("evil\r\nSet-Cookie: x")).isFalse();
        assertThat(HeaderCharacters.allowedValue("nul\u0000")).isFalse();
        assertThat(HeaderCharacters.allowedValue("工人文化宫")).isTrue();
        assertThat(HeaderCharacters.allowedValue("unassigned\u0378")).isFalse();
    }
}
