package org.gongkai.core.rules;

import org.gongkai.core.report.Cell;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.ReportStatus;
import org.gongkai.core.report.Severity;
import org.gongkai.core.template.CellKind;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.Template;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiConsumer;

/** Shared by the rules on what one cell may hold (R6–R9). */
final class CellChecks {
    private CellChecks() {}

    /** Cells of the given kind in the report's template, with the cell as read; nothing for a report without tables. */
    static void forEach(Report report, CellKind kind, BiConsumer<CellSpec, Cell> action) {
        Template t = report.template().orElse(null);
        if (t == null || report.status() == ReportStatus.TABLES_MISSING) return;
        for (CellSpec spec : t.cells()) {
            if (spec.kind() != kind) continue;
            Cell c = report.cells().get(spec.id());
            if (c == null || c.value().isBlank()) continue;
            action.accept(spec, c);
        }
    }

    static boolean isInteger(BigDecimal n) { return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0; }

    /**
     * A finding on one cell: an error of the report, unless the reader placed the value by order, in
     * which case what looks wrong may be a value in the wrong column (a reading warning).
     */
    static Finding finding(Report report, String rule, Severity severity, CellSpec spec, Cell c, BigDecimal expected, String what) {
        String message = Labels.cell(spec) + "：印作「" + Labels.printed(c) + "」，" + what;
        if (Arithmetic.unsureCells(report).contains(spec.id())) {
            return new Finding(rule, Severity.WARNING, FindingKind.READING, List.of(spec.id()), expected, c.value().number(),
                    message + "；该值的位置是读取时推断的（按顺序放入，或行标签与模板不完全一致），可能是读取错位，请核对原文");
        }
        return new Finding(rule, severity, FindingKind.REPORT, List.of(spec.id()), expected, c.value().number(), message);
    }
}
