package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** R11 (2019): 对外公开总数量 ≥ 本年新公开数量 — a cumulative count includes this year's (read from the labels). */
final class CumulativePublishedRule implements Rule {
    @Override public String id() { return "R11"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public String description() { return "2019 年版规章、规范性文件：对外公开总数量不小于本年新公开数量"; }

    @Override
    public List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        for (ProactiveRows.Row row : ProactiveRows.withColumns(report, ProactiveRows.PUBLISHED, ProactiveRows.TOTAL_PUBLISHED)) {
            BigDecimal published = row.number(ProactiveRows.PUBLISHED), total = row.number(ProactiveRows.TOTAL_PUBLISHED);
            if (published == null || total == null || total.compareTo(published) >= 0) continue;
            out.add(new Finding(id(), Severity.WARNING, FindingKind.REPORT,
                    List.of(row.cell(ProactiveRows.PUBLISHED).id(), row.cell(ProactiveRows.TOTAL_PUBLISHED).id()), published, total,
                    row.spec().label() + "：" + row.label(ProactiveRows.TOTAL_PUBLISHED) + " " + Labels.number(total) + " < "
                            + row.label(ProactiveRows.PUBLISHED) + " " + Labels.number(published) + "（累计数不应小于本年数）"));
        }
        return out;
    }
}
