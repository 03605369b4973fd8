package org.gongkai.extract;

import org.gongkai.core.report.ReportStatus;

/**
 * A document that cannot be read as an annual report, with a reason a person understands and what
 * to do about it. Readers throw it; the command line prints it as one line and moves on.
 */
public class UnreadableDocumentException extends RuntimeException {
    private final String reason;
    private final String advice;
    private final ReportStatus status;

    public UnreadableDocumentException(String reason, String advice) {
        this(reason, advice, ReportStatus.UNREADABLE, null);
    }

    public UnreadableDocumentException(String reason, String advice, ReportStatus status, Throwable cause) {
        super(advice == null || advice.isEmpty() ? reason : reason + "; " + advice, cause);
        this.reason = reason;
        this.advice = advice;
        this.status = status;
    }

    /** What is wrong, e.g. 「文件为空」. */
    public String reason() { return reason; }

    /** What to do next. */
    public String advice() { return advice; }

    public ReportStatus status() { return status; }
}
