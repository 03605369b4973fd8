package org.gongkai.core.rules;

import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;
import org.gongkai.core.template.CellKind;
import org.gongkai.core.template.TemplateCatalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R9: the 2019 「采购总金额」 holds a non-negative decimal; the template prints no unit, so a bare
 * non-zero number is ambiguous (元 or 万元: 14.35 in seed 000, 22.36万元 in seed 001, 251000元 in S7).
 */
final class ProcurementAmountRule implements Rule {
    @Override public String id() { return "R9"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public String description() { return "2019 年版「采购总金额」必须是非负数；模板未规定单位，未注明单位的金额无法确定是元还是万元"; }

    @Override
    public List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        if (!TemplateCatalogue.T2019.equals(report.templateId())) return out;
        CellChecks.forEach(report, CellKind.AMOUNT, (spec, c) -> {
            if (c.value() instanceof CellValue.Text) {
                out.add(CellChecks.finding(report, id(), Severity.ERROR, spec, c, null, "不是金额"));
                return;
            }
            BigDecimal n = c.value().number();
            if (n.signum() < 0) {
                out.add(CellChecks.finding(report, id(), Severity.ERROR, spec, c, null, "金额不能为负数"));
            } else if (n.signum() > 0 && c.unit() == null) {
                out.add(CellChecks.finding(report, id(), Severity.WARNING, spec, c, null, "未注明单位（模板未规定），无法确定是元还是万元"));
            }
        });
        return out;
    }
}
