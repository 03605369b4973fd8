package org.gongkai.core.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * A result of checking or reading a report.
 *
 * @param rule     rule id (R1 … R15, or a named reading check such as {@code tables-missing})
 * @param severity error, warning or info
 * @param kind     report (the published numbers) or reading (the reader's uncertainty)
 * @param cells    the cell ids involved
 * @param expected the value the rule expects, where arithmetic is involved
 * @param actual   the value printed, where arithmetic is involved
 * @param message  a Chinese sentence naming rows and columns by their printed labels
 */
public record Finding(String rule, Severity severity, FindingKind kind, List<String> cells,
                      BigDecimal expected, BigDecimal actual, String message) {

    public Finding {
        cells = List.copyOf(cells);
    }

    public static Finding reading(String rule, Severity severity, List<String> cells, String message) {
        return new Finding(rule, severity, FindingKind.READING, cells, null, null, message);
    }

    public static Finding report(String rule, Severity severity, List<String> cells, String message) {
        return new Finding(rule, severity, FindingKind.REPORT, cells, null, null, message);
    }

    public boolean isReportError() { return severity == Severity.ERROR && kind == FindingKind.REPORT; }
}
