package org.gongkai.core.report;

/** How completely a document was read. */
public enum ReportStatus {
    /** every table found */
    PARSED("parsed"),
    /** some tables or rows found, some not */
    PARTIAL("partial"),
    /** the report's tables are not in the text (images, attachments) */
    TABLES_MISSING("tables-missing"),
    /** not readable as an annual report at all */
    UNREADABLE("unreadable");

    private final String id;

    ReportStatus(String id) { this.id = id; }

    public String id() { return id; }
}
