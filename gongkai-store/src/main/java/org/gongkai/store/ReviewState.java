package org.gongkai.store;

import java.util.Locale;

/** Where a person's review of a finding stands. */
public enum ReviewState {
    OPEN, CONFIRMED, DISMISSED;

    public String id() { return name().toLowerCase(Locale.ROOT); }

    public static ReviewState parse(String s) {
        for (ReviewState r : values()) if (r.id().equalsIgnoreCase(s.strip())) return r;
        throw new IllegalArgumentException("unknown review state '" + s + "': use open, confirmed or dismissed");
    }
}
