package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;
import org.gongkai.core.template.RowSpec;
import org.gongkai.core.template.SectionId;
import org.gongkai.core.template.Template;

import java.math.BigDecimal;
import java.util.List;

/**
 * S4: the number of applications received that 一、总体情况 states against 一、本年新收 · 总计. Narratives
 * count differently at times (S7 counts some columns only), so this is a note.
 */
final class NarrativeRequestCountCheck implements Rule {
    @Override public String id() { return "S4"; }

    @Override public Severity severity() { return Severity.INFO; }

    @Override public String description() { return "一、总体情况所述收到申请件数与申请情况表「本年新收」总计不一致"; }

    @Override
    public List<Finding> check(Report report) {
        Template t = report.template().orElse(null);
        String overview = report.sections().get(SectionId.OVERVIEW.jsonName());
        if (t == null || overview == null) return List.of();
        RowSpec fresh = t.row(RequestRows.NEW).orElseThrow();
        String totalId = fresh.cells().get(fresh.width() - 1).id();
        BigDecimal table = report.number(totalId);
        if (table == null) return List.of();
        var m = Narrative.REQUESTS_RECEIVED.matcher(overview);
        if (!m.find()) return List.of();
        BigDecimal said = new BigDecimal(m.group(2));
        if (said.compareTo(table) == 0) return List.of();
        return List.of(new Finding(id(), Severity.INFO, FindingKind.REPORT, List.of(totalId), said, table,
                SectionId.OVERVIEW.heading() + "称「" + m.group() + "」，" + Labels.cell(fresh.cells().get(fresh.width() - 1))
                        + "为 " + Labels.number(table)));
    }
}
