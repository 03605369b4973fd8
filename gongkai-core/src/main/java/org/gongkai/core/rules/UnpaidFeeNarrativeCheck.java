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

/**
 * S2 (2021): applications ended because the applicant did not pay a fee notice (（六）2) imply that fees
 * were noticed; a section 六 saying no fee was charged at all contradicts that.
 */
final class UnpaidFeeNarrativeCheck implements Rule {
    /** （六）2, the only row about fees in T3 */
    private static final String UNPAID_FEE_ROW = "requests.other.no_fee";

    @Override public String id() { return "S2"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public String description() { return "2021 年版：有申请因逾期未缴费不再处理，六、其他需要报告的事项却称未收费"; }

    @Override
    public List<Finding> check(Report report) {
        if (!TemplateCatalogue.T2021.equals(report.templateId())) return List.of();
        Template t = report.template().orElseThrow();
        String other = report.sections().get(SectionId.OTHER.jsonName());
        RowSpec row = t.row(UNPAID_FEE_ROW).orElse(null);
        if (other == null || row == null) return List.of();
        String totalId = row.cells().get(row.width() - 1).id();
        BigDecimal unpaid = report.number(totalId);
        if (unpaid == null || unpaid.signum() <= 0) return List.of();
        var m = Narrative.NO_FEE.matcher(other);
        if (!m.find()) return List.of();
        return List.of(new Finding(id(), Severity.WARNING, FindingKind.REPORT, List.of(totalId), null, unpaid,
                Labels.cell(row.cells().get(row.width() - 1)) + " 为 " + Labels.number(unpaid) + "（发出过收费通知），但"
                        + SectionId.OTHER.heading() + "称「" + m.group() + "」"));
    }
}
