package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.ReportStatus;
import org.gongkai.core.report.Severity;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.RowSpec;
import org.gongkai.core.template.Template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R12: what one year carries forward (四、结转下年度继续办理) is what the next year carried over
 * (二、上年结转), column by column. Mergers, a change of reporting scope or of template legitimately
 * break it, and a name match cannot prove the organ and scope are the same, so it is a warning.
 */
final class CarryOverRule implements CrossYearRule {
    @Override public String id() { return "R12"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public String description() { return "同一机关相邻两年：本年「二、上年结转」= 上年「四、结转下年度继续办理」（按列）"; }

    @Override
    public List<Finding> check(Report previous, Report current) {
        Template tp = previous.template().orElse(null), tc = current.template().orElse(null);
        if (tp == null || tc == null || previous.status() == ReportStatus.TABLES_MISSING
                || current.status() == ReportStatus.TABLES_MISSING) return List.of();
        RowSpec forward = tp.row(RequestRows.CARRIED_FORWARD).orElseThrow();
        RowSpec over = tc.row(RequestRows.CARRIED_OVER).orElseThrow();
        String note = tp.id().equals(tc.id()) ? "" : "（两年所用模板不同，衔接可能因此中断）";
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < over.width(); i++) {
            CellSpec now = over.cells().get(i), before = forward.cells().get(i);
            BigDecimal a = current.number(now.id()), b = previous.number(before.id());
            if (a == null || b == null || a.compareTo(b) == 0) continue;
            out.add(new Finding(id(), Severity.WARNING, FindingKind.REPORT, List.of(now.id(), before.id()), b, a,
                    Labels.cell(now) + "：" + current.year() + " 年 " + Labels.number(a) + " ≠ " + previous.year() + " 年「"
                            + forward.label() + "」" + Labels.number(b) + note));
        }
        return out;
    }
}
