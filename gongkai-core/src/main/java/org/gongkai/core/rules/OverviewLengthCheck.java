package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;
import org.gongkai.core.template.SectionId;
import org.gongkai.core.template.TemplateCatalogue;

import java.util.List;

/** S5 (2021): the 2021 format asks that 总体情况 「篇幅原则上不超过一千字」. Guidance, not a rule. */
final class OverviewLengthCheck implements Rule {
    private static final int LIMIT = 1000;

    @Override public String id() { return "S5"; }

    @Override public Severity severity() { return Severity.INFO; }

    @Override public String description() { return "2021 年版：一、总体情况篇幅原则上不超过一千字"; }

    @Override
    public List<Finding> check(Report report) {
        if (!TemplateCatalogue.T2021.equals(report.templateId())) return List.of();
        String overview = report.sections().get(SectionId.OVERVIEW.jsonName());
        if (overview == null) return List.of();
        int n = Narrative.length(overview);
        if (n <= LIMIT) return List.of();
        return List.of(Finding.report(id(), Severity.INFO, List.of(),
                SectionId.OVERVIEW.heading() + "约 " + n + " 字，2021 年版格式要求篇幅原则上不超过一千字"));
    }
}
