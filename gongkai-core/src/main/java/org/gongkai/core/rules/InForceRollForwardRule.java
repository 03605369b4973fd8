package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R13 (2021 to 2021): 现行有效件数（Y）= 现行有效件数（Y−1）+ 本年制发件数（Y）− 本年废止件数（Y). Organs
 * re-baseline their document stock after clean-ups (S6 2022→2025), so it is never an error.
 */
final class InForceRollForwardRule implements CrossYearRule {
    @Override public String id() { return "R13"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public String description() { return "同一机关相邻两年（2021 年版）：本年现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数"; }

    @Override
    public List<Finding> check(Report previous, Report current) {
        List<Finding> out = new ArrayList<>();
        if (!java.util.Objects.equals(previous.templateId(), current.templateId())) return out;
        List<ProactiveRows.Row> before = ProactiveRows.withColumns(previous, ProactiveRows.ISSUED, ProactiveRows.REPEALED, ProactiveRows.IN_FORCE);
        List<ProactiveRows.Row> now = ProactiveRows.withColumns(current, ProactiveRows.ISSUED, ProactiveRows.REPEALED, ProactiveRows.IN_FORCE);
        for (int i = 0; i < Math.min(before.size(), now.size()); i++) {
            ProactiveRows.Row p = before.get(i), c = now.get(i);
            BigDecimal stock = p.number(ProactiveRows.IN_FORCE), issued = c.number(ProactiveRows.ISSUED);
            BigDecimal repealed = c.number(ProactiveRows.REPEALED), inForce = c.number(ProactiveRows.IN_FORCE);
            if (stock == null || issued == null || repealed == null || inForce == null) continue;
            BigDecimal expected = stock.add(issued).subtract(repealed);
            if (expected.compareTo(inForce) == 0) continue;
            out.add(new Finding(id(), Severity.WARNING, FindingKind.REPORT,
                    List.of(c.cell(ProactiveRows.IN_FORCE).id(), c.cell(ProactiveRows.ISSUED).id(), c.cell(ProactiveRows.REPEALED).id()),
                    expected, inForce,
                    c.spec().label() + "：" + current.year() + " 年现行有效件数 " + Labels.number(inForce) + " ≠ " + previous.year()
                            + " 年 " + Labels.number(stock) + " + 本年制发 " + Labels.number(issued) + " − 本年废止 "
                            + Labels.number(repealed) + " = " + Labels.number(expected) + "（可能是文件清理后重新统计）"));
        }
        return out;
    }
}
