package org.gongkai.core.rules;

import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;
import org.gongkai.core.template.CellKind;

import java.util.ArrayList;
import java.util.List;

/** R7: the 2019 「本年增/减」 cells hold a signed integer — the only cells that may be negative. */
final class DeltaRule implements Rule {
    @Override public String id() { return "R7"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public String description() { return "2019 年版「本年增/减」必须是整数（可为负数）"; }

    @Override
    public List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        CellChecks.forEach(report, CellKind.DELTA, (spec, c) -> {
            if (c.value() instanceof CellValue.Text) {
                out.add(CellChecks.finding(report, id(), Severity.ERROR, spec, c, null, "不是数字"));
            } else if (!CellChecks.isInteger(c.value().number())) {
                out.add(CellChecks.finding(report, id(), Severity.ERROR, spec, c, null, "增减项目数必须是整数"));
            }
        });
        return out;
    }
}
