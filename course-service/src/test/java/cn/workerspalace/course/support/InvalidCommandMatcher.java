package cn.workerspalace.course.support;

import cn.workerspalace.platform.web.InvalidCommandException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches an {@link InvalidCommandException} that names the given request field. */
public final class InvalidCommandMatcher extends TypeSafeMatcher<InvalidCommandException> {

    private final String field;

    private InvalidCommandMatcher(String field) {
        this.field = field;
    }

    public static Matcher<InvalidCommandException> invalidField(String field) {
        return new InvalidCommandMatcher(field);
    }

    @Override
    protected boolean matchesSafely(InvalidCommandException exception) {
        return field.equals(exception.field());
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("an InvalidCommandException on field ").appendValue(field);
    }
}
