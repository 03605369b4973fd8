package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;
import org.gongkai.core.template.RowSpec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R10 (2021): 现行有效件数 ≥ 本年制发件数 − 本年废止件数 — what is in force now includes at least this
 * year's net additions, since last year's stock cannot be negative.
 */
final class InForceStockRule implements Rule {
    @Override public String id() { return "R10"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public String description() { return "2021 年版规章、行政规范性文件：现行有效件数不小于本年制发件数减本年废止件数"; }

    @Override
    public List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        for (ProactiveRows.Row row : ProactiveRows.withColumns(report, ProactiveRows.ISSUED, ProactiveRows.REPEALED, ProactiveRows.IN_FORCE)) {
            BigDecimal issued = row.number(ProactiveRows.ISSUED), repealed = row.number(ProactiveRows.REPEALED);
            BigDecimal inForce = row.number(ProactiveRows.IN_FORCE);
            if (issued == null || repealed == null || inForce == null) continue;
            BigDecimal net = issued.subtract(repealed);
            if (inForce.compareTo(net) >= 0) continue;
            RowSpec spec = row.spec();
            out.add(new Finding(id(), Severity.WARNING, FindingKind.REPORT, row.ids(), net, inForce,
                    spec.label() + "：" + row.label(ProactiveRows.IN_FORCE) + " " + Labels.number(inForce) + " < "
                            + row.label(ProactiveRows.ISSUED) + " " + Labels.number(issued) + " − "
                            + row.label(ProactiveRows.REPEALED) + " " + Labels.number(repealed) + " = " + Labels.number(net)));
        }
        return out;
    }
}
