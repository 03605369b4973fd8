package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R15 (2019): many organs filled 处理决定数量 as 上一年项目数量 ± 本年增/减, reading the three columns as a
 * roll-forward of item counts (seed 000: 810 / 减60 / 750), where others report decisions (seed 004:
 * 7 / +2 / 16). The template defines none of them, so this is a note, never an error.
 */
final class DecisionCountConfusionRule implements Rule {
    @Override public String id() { return "R15"; }

    @Override public Severity severity() { return Severity.INFO; }

    @Override public String description() { return "2019 年版：处理决定数量恰为上一年项目数量加本年增/减时，可能把决定数填成了项目数"; }

    @Override
    public List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        for (ProactiveRows.Row row : ProactiveRows.withColumns(report, ProactiveRows.PREVIOUS, ProactiveRows.CHANGE, ProactiveRows.DECISIONS)) {
            BigDecimal previous = row.number(ProactiveRows.PREVIOUS), change = row.number(ProactiveRows.CHANGE);
            BigDecimal decisions = row.number(ProactiveRows.DECISIONS);
            if (previous == null || change == null || decisions == null || decisions.signum() == 0) continue;
            BigDecimal rolled = previous.add(change);
            if (decisions.compareTo(rolled) != 0) continue;
            out.add(new Finding(id(), Severity.INFO, FindingKind.REPORT, row.ids(), null, decisions,
                    row.spec().label() + "：" + row.label(ProactiveRows.DECISIONS) + " " + Labels.number(decisions) + " = "
                            + row.label(ProactiveRows.PREVIOUS) + " " + Labels.number(previous) + " + "
                            + row.label(ProactiveRows.CHANGE) + " " + Labels.printed(report.cells().get(row.cell(ProactiveRows.CHANGE).id()))
                            + "，可能把处理决定数量填成了本年项目数量，请核对"));
        }
        return out;
    }
}
