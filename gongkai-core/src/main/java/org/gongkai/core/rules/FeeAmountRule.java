package org.gongkai.core.rules;

import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;
import org.gongkai.core.template.CellKind;
import org.gongkai.core.template.TemplateCatalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * R8: the 2021 amount cell (「本年收费金额（单位：万元）」) holds a non-negative decimal in 万元. An
 * amount printed in 元 is converted for the finding only, and flagged.
 */
final class FeeAmountRule implements Rule {
    private static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10_000);

    @Override public String id() { return "R8"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public String description() { return "2021 年版「本年收费金额（单位：万元）」必须是以万元计的非负数"; }

    @Override
    public List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        if (!TemplateCatalogue.T2021.equals(report.templateId())) return out;
        CellChecks.forEach(report, CellKind.AMOUNT, (spec, c) -> {
            if (c.value() instanceof CellValue.Text) {
                out.add(CellChecks.finding(report, id(), Severity.ERROR, spec, c, null, "不是金额"));
                return;
            }
            BigDecimal n = c.value().number();
            if (n.signum() < 0) {
                out.add(CellChecks.finding(report, id(), Severity.ERROR, spec, c, null, "金额不能为负数"));
            } else if ("元".equals(c.unit())) {
                BigDecimal wan = n.divide(YUAN_PER_WAN, n.scale() + 4, RoundingMode.UNNECESSARY);
                out.add(CellChecks.finding(report, id(), Severity.WARNING, spec, c, wan,
                        "本栏单位为万元，按元计应填 " + Labels.number(wan)));
            } else if (c.unit() != null && !"万元".equals(c.unit())) {
                out.add(CellChecks.finding(report, id(), Severity.WARNING, spec, c, null, "本栏单位为万元，印有其他单位「" + c.unit() + "」"));
            }
        });
        return out;
    }
}
