package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;
import org.gongkai.core.template.SectionId;
import org.gongkai.core.template.TemplateCatalogue;

import java.util.List;

/**
 * S6 (2021): the 2021 format puts the information-processing fees collected in section 六
 * (「收取信息处理费情况在此处报告」), even when none were: a 六 that never mentions a fee leaves it out.
 */
final class FeeStatementCheck implements Rule {
    @Override public String id() { return "S6"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public String description() { return "2021 年版：六、其他需要报告的事项应报告收取信息处理费情况（未收取也应说明）"; }

    @Override
    public List<Finding> check(Report report) {
        if (!TemplateCatalogue.T2021.equals(report.templateId())) return List.of();
        String other = report.sections().get(SectionId.OTHER.jsonName());
        if (other == null || Narrative.FEE_MENTION.matcher(other).find()) return List.of();
        return List.of(Finding.report(id(), Severity.WARNING, List.of(),
                SectionId.OTHER.heading() + "没有说明收取信息处理费情况；2021 年版格式要求在此报告（未收取也应写明）"));
    }
}
