package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;
import org.gongkai.core.template.RowSpec;
import org.gongkai.core.template.SectionId;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalogue;

import java.math.BigDecimal;
import java.util.List;

/** S3 (2021): section 六 reports an information-processing fee collected, but T3 shows no application handled. */
final class FeeWithoutRequestsCheck implements Rule {
    @Override public String id() { return "S3"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public String description() { return "2021 年版：六、其他需要报告的事项报告收取了信息处理费，申请情况表却没有任何办理结果"; }

    @Override
    public List<Finding> check(Report report) {
        if (!TemplateCatalogue.T2021.equals(report.templateId())) return List.of();
        Template t = report.template().orElseThrow();
        String other = report.sections().get(SectionId.OTHER.jsonName());
        if (other == null) return List.of();
        var m = Narrative.FEE_COLLECTED.matcher(other);
        if (!m.find() || new BigDecimal(m.group(2)).signum() <= 0) return List.of();
        RowSpec total = t.row(RequestRows.TOTAL).orElseThrow();
        String totalId = total.cells().get(total.width() - 1).id();
        BigDecimal handled = report.number(totalId);
        if (handled == null || handled.signum() != 0) return List.of();
        return List.of(new Finding(id(), Severity.WARNING, FindingKind.REPORT, List.of(totalId), null, handled,
                SectionId.OTHER.heading() + "称「" + m.group() + "」，但" + Labels.cell(total.cells().get(total.width() - 1)) + "为 0"));
    }
}
