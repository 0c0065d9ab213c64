package cn.workerspalace.course.shared.web;

import cn.workerspalace.platform.web.IdempotentCommands;

/** Identifiers as clients may choose them: short and safe to put in a URL path. */
public final class Ids {

    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";
    public static final String MESSAGE = "must be 1 to 64 letters, digits, '.', '_', ':' or '-'";

    private Ids() {
    }

    /** The client's id, or a new UUID when it gave none (the same for every repeat under one Idempotency-Key). */
    public static String orNew(String id) {
        return id != null ? id : IdempotentCommands.newId();
    }
}
