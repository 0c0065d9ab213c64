package cn.workerspalace.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class AuthorizationHeaderTokenResolverTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln-_~+/";

    /** Places for a character in the scheme's name, which is compared ignoring case. */
    private static final List<Place> SCHEME = List.of(
            new Place("", ""), new Place("", "earer abc"), new Place("b", "arer abc"), new Place("BEAR", "R abc"),
            new Place("beare", " abc"));

    /** Places for a character after the scheme's name: the space, the token and its padding. */
    private static final List<Place> TOKEN = List.of(
            new Place("Bearer", "abc"), new Place("Bearer", ""), new Place("Bearer ", ""), new Place("Bearer ", "abc"),
            new Place("Bearer abc", ""), new Place("Bearer a", "b"), new Place("Bearer abc=", ""),
            new Place("Bearer abc", "="), new Place("Bearer abc==", "="), new Place("bearer ", " abc"),
            new Place("Bearer  ", "abc"));

    /** Headers are made of one of each, in this order. */
    private static final List<List<String>> HEADER_PARTS = List.of(
            List.of("", "Bearer", "bearer", "BEARER", "bEaReR", " Bearer", "Bearer:", "Bearerx", "Basic", "Beare"),
            List.of("", " ", "  ", "\t", "\u00a0", ", ", "="),
            List.of("", "abc", JWT, "x".repeat(10_000), "a b", "a,b", "a=b", "=", "\u00e4", "\ud83d\ude00"),
            List.of("", "=", "==", "===", "=a", "= ", "=/"),
            List.of("", " ", "\t", "\n", "\r\n", "\u2028", ", Bearer def", "\u0000"));

    private final BearerTokenResolver spring = new DefaultBearerTokenResolver();
    private final BearerTokenResolver ours = new AuthorizationHeaderTokenResolver();

    @Test
    void every_character_in_the_scheme_is_answered_as_the_default_resolver_answers() {
        assertThat(disagreements(SCHEME, Character.MAX_CODE_POINT)).isEmpty();
    }

    /** Most of these headers are refused with an exception: making them for all of Unicode takes minutes. */
    @Test
    void every_character_up_to_2fff_in_the_token_is_answered_as_the_default_resolver_answers() {
        assertThat(disagreements(TOKEN, 0x2FFF)).isEmpty();
    }

    @Test
    void schemes_spaces_tokens_padding_and_what_follows_are_answered_as_the_default_resolver_answers() {
        List<String> headers = List.of("");
        for (List<String> parts : HEADER_PARTS) {
            headers = headers.stream().flatMap(start -> parts.stream().map(part -> start + part)).toList();
        }
        List<String> disagreements = new ArrayList<>();
        for (String header : headers) {
            MockHttpServletRequest request = withHeader(new MockHttpServletRequest("GET", "/api/me"), header);
            if (!answer(spring, request).equals(answer(ours, request))) {
                disagreements.add(header);
            }
        }
        assertThat(headers).hasSize(10 * 7 * 10 * 7 * 8);
        assertThat(disagreements).isEmpty();
        MockHttpServletRequest withoutHeader = new MockHttpServletRequest("GET", "/api/me");
        assertThat(answer(ours, withoutHeader)).isEqualTo(answer(spring, withoutHeader));
    }

    /** The default resolver, as the services configure it, ignores the parameter: no token, and no conflict. */
    @Test
    void an_access_token_parameter_is_answered_as_the_default_resolver_answers() {
        List<MockHttpServletRequest> requests = new ArrayList<>();
        for (String method : List.of("GET", "POST")) {
            for (String header : new String[] {null, "Bearer abc", "Bearer  abc"}) {
                for (String[] values : List.of(new String[] {"def"}, new String[] {""}, new String[] {"d", "e"})) {
                    MockHttpServletRequest query = withHeader(new MockHttpServletRequest(method, "/api/me"), header);
                    query.setQueryString("access_token=" + String.join("&access_token=", values));
                    query.addParameter("access_token", values);
                    requests.add(query);
                    MockHttpServletRequest form = withHeader(new MockHttpServletRequest(method, "/api/me"), header);
                    form.setContentType("application/x-www-form-urlencoded");
                    form.addParameter("access_token", values);
                    requests.add(form);
                }
            }
        }
        for (MockHttpServletRequest request : requests) {
            assertThat(answer(ours, request)).isEqualTo(answer(spring, request)).extracting(Answer::token)
                    .isIn(null, "abc");
        }
    }

    @Test
    void the_token_is_what_follows_the_scheme_and_a_malformed_header_is_an_invalid_token() {
        assertThat(ours.resolve(withHeader(new MockHttpServletRequest(), "bearer " + JWT + "==")))
                .isEqualTo(JWT + "==");
        assertThat(ours.resolve(withHeader(new MockHttpServletRequest(), "Basic dXNlcjpwYXNz"))).isNull();
        assertThat(ours.resolve(new MockHttpServletRequest())).isNull();
        assertThatThrownBy(() -> ours.resolve(withHeader(new MockHttpServletRequest(), "Bearer a=b")))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class, e -> {
                    assertThat(e.getError().getErrorCode()).isEqualTo("invalid_token");
                    assertThat(e.getError().getDescription()).isEqualTo("Bearer token is malformed");
                });
    }

    private List<String> disagreements(List<Place> places, int lastCodePoint) {
        List<String> disagreements = new ArrayList<>();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/me");
        for (int codePoint = 0; codePoint <= lastCodePoint; codePoint++) {
            String character = Character.toString(codePoint);
            for (Place place : places) {
                String header = place.before() + character + place.after();
                request.removeHeader("Authorization");
                request.addHeader("Authorization", header);
                if (!answer(spring, request).equals(answer(ours, request))) {
                    disagreements.add(Integer.toHexString(codePoint) + " in '" + header + "'");
                }
            }
        }
        return disagreements;
    }

    private static MockHttpServletRequest withHeader(MockHttpServletRequest request, String authorization) {
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        return request;
    }

    private static Answer answer(BearerTokenResolver resolver, MockHttpServletRequest request) {
        try {
            return new Answer(resolver.resolve(request), null);
        } catch (OAuth2AuthenticationException e) {
            BearerTokenError error = (BearerTokenError) e.getError();
            return new Answer(null, String.join(" | ", e.getMessage(), error.getErrorCode(), error.getDescription(),
                    error.getUri(), error.getScope(), error.getHttpStatus().toString()));
        }
    }

    private record Place(String before, String after) {
    }

    /** A token, or the whole of the error refusing the header. */
    private record Answer(String token, String error) {
    }
}
