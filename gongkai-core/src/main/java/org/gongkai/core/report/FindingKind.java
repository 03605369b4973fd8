package org.gongkai.core.report;

/** Whose problem a finding is: the published report's, or the reading's. Never both. */
public enum FindingKind {
    /** the numbers as published break a rule */
    REPORT,
    /** the reader is unsure of what it read (values placed by order, a table found only partly) */
    READING;

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
