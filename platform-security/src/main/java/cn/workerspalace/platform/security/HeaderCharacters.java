package cn.workerspalace.platform.security;

import java.util.function.IntPredicate;

/**
 * The rules Spring Security's {@code StrictHttpFirewall} applies to every header name and value by default (only
 * assigned, non-control characters; a value may also hold tabs), checked without its regular expressions. The
 * firewall checks a header again on every read, and a bearer token is read several times per request: with the
 * expressions that was a tenth of a write service's CPU at saturation. Printable ASCII, all a token is made of, is
 * accepted with one comparison per character; anything else is decided exactly as the expressions decide it.
 */
final class HeaderCharacters {

    private HeaderCharacters() {
    }

    static boolean allowedName(String name) {
        return allMatch(name, HeaderCharacters::assignedNotControl);
    }

    static boolean allowedValue(String value) {
        return allMatch(value, codePoint -> codePoint == '\t' || assignedNotControl(codePoint));
    }

    private static boolean allMatch(String text, IntPredicate allowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                return text.substring(i).codePoints().allMatch(allowed);
            }
        }
        return true;
    }

    private static boolean assignedNotControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.UNASSIGNED && type != Character.CONTROL;
    }
}
