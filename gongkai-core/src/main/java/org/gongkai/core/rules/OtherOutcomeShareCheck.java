package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;
import org.gongkai.core.template.RowSpec;
import org.gongkai.core.template.Template;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * S1: a high share of （六）其他处理. The 2019 guidance says every application should in principle get a
 * statutory outcome and tells supervisors to query organs with many 其他处理.
 */
final class OtherOutcomeShareCheck implements Rule {
    /** A fifth of all outcomes, and at least this many applications, before a supervisor would ask. */
    private static final BigDecimal SHARE = new BigDecimal("0.2");
    private static final BigDecimal MINIMUM = BigDecimal.valueOf(5);

    @Override public String id() { return "S1"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public String description() { return "（六）其他处理占办理结果总数的比例过高（原则上每件申请都应有法定的处理结果）"; }

    @Override
    public List<Finding> check(Report report) {
        Template t = report.template().orElse(null);
        if (t == null) return List.of();
        List<String> cells = new ArrayList<>();
        BigDecimal other = BigDecimal.ZERO;
        for (RowSpec r : t.outcomeRows()) {
            if (!r.id().startsWith(RequestRows.OTHER)) continue;
            String id = r.cells().get(r.width() - 1).id();
            BigDecimal v = report.number(id);
            if (v == null) return List.of();
            other = other.add(v);
            cells.add(id);
        }
        RowSpec total = t.row(RequestRows.TOTAL).orElseThrow();
        String totalId = total.cells().get(total.width() - 1).id();
        BigDecimal all = report.number(totalId);
        if (all == null || all.signum() <= 0 || other.compareTo(MINIMUM) < 0) return List.of();
        BigDecimal share = other.divide(all, 4, RoundingMode.HALF_UP);
        if (share.compareTo(SHARE) < 0) return List.of();
        cells.add(totalId);
        String percent = share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).toPlainString();
        return List.of(new Finding(id(), Severity.WARNING, FindingKind.REPORT, cells, null, other,
                "（六）其他处理 " + Labels.number(other) + " 件，占（七）总计 " + Labels.number(all) + " 件的 " + percent
                        + "%；原则上每件申请都应有法定的处理结果，请核对"));
    }
}
