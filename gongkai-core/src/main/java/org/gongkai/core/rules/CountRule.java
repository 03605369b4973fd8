package org.gongkai.core.rules;

import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;
import org.gongkai.core.template.CellKind;

import java.util.ArrayList;
import java.util.List;

/**
 * R6: every count cell (T3, T4, and the T2 cells that count documents, items or decisions) holds a
 * non-negative integer. Text where a number belongs is an error too (domain.md §2.6).
 */
final class CountRule implements Rule {
    @Override public String id() { return "R6"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public String description() { return "件数、项目数、决定数单元格必须是非负整数"; }

    @Override
    public List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        CellChecks.forEach(report, CellKind.COUNT, (spec, c) -> {
            if (c.value() instanceof CellValue.Text) {
                out.add(CellChecks.finding(report, id(), Severity.ERROR, spec, c, null, "不是数字"));
            } else if (c.value().number().signum() < 0) {
                out.add(CellChecks.finding(report, id(), Severity.ERROR, spec, c, null, "件数不能为负数"));
            } else if (!CellChecks.isInteger(c.value().number())) {
                out.add(CellChecks.finding(report, id(), Severity.ERROR, spec, c, null, "件数必须是整数"));
            }
        });
        return out;
    }
}
