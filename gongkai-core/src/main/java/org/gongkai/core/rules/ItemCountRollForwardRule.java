package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R14 (2019 to 2019): 上一年项目数量（Y）= 上一年项目数量（Y−1）+ 本年增/减（Y−1). Inferred from the
 * column names only — the template defines none of them — so a warning.
 */
final class ItemCountRollForwardRule implements CrossYearRule {
    @Override public String id() { return "R14"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public String description() { return "同一机关相邻两年（2019 年版）：本年上一年项目数量 = 上年上一年项目数量 + 上年本年增/减"; }

    @Override
    public List<Finding> check(Report previous, Report current) {
        List<Finding> out = new ArrayList<>();
        if (!java.util.Objects.equals(previous.templateId(), current.templateId())) return out;
        List<ProactiveRows.Row> before = ProactiveRows.withColumns(previous, ProactiveRows.PREVIOUS, ProactiveRows.CHANGE);
        List<ProactiveRows.Row> now = ProactiveRows.withColumns(current, ProactiveRows.PREVIOUS, ProactiveRows.CHANGE);
        for (int i = 0; i < Math.min(before.size(), now.size()); i++) {
            ProactiveRows.Row p = before.get(i), c = now.get(i);
            BigDecimal items = p.number(ProactiveRows.PREVIOUS), change = p.number(ProactiveRows.CHANGE);
            BigDecimal stated = c.number(ProactiveRows.PREVIOUS);
            if (items == null || change == null || stated == null) continue;
            BigDecimal expected = items.add(change);
            if (expected.compareTo(stated) == 0) continue;
            out.add(new Finding(id(), Severity.WARNING, FindingKind.REPORT, List.of(c.cell(ProactiveRows.PREVIOUS).id()), expected, stated,
                    c.spec().label() + "：" + current.year() + " 年上一年项目数量 " + Labels.number(stated) + " ≠ " + previous.year()
                            + " 年 " + Labels.number(items) + " + 本年增/减 " + Labels.number(change) + " = " + Labels.number(expected)));
        }
        return out;
    }
}
