package org.gongkai.core.report;

/** How serious a finding is. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }

    public String chinese() {
        return switch (this) {
            case ERROR -> "错误";
            case WARNING -> "警告";
            case INFO -> "提示";
        };
    }
}
