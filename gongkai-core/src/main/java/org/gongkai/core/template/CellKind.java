package org.gongkai.core.template;

/** What a value cell may hold (domain.md §2.3). */
public enum CellKind {
    /** a non-negative integer */
    COUNT,
    /** a signed integer (2019 「本年增/减」) */
    DELTA,
    /** a non-negative decimal with an optional unit */
    AMOUNT;

    public static CellKind parse(String s) {
        return switch (s.trim()) {
            case "count" -> COUNT;
            case "delta" -> DELTA;
            case "amount" -> AMOUNT;
            default -> throw new IllegalArgumentException("unknown cell kind: " + s);
        };
    }

    public String id() { return name().toLowerCase(java.util.Locale.ROOT); }
}
