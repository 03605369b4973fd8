package org.gongkai.core.rules;

import org.gongkai.core.report.Cell;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.ReportStatus;
import org.gongkai.core.report.Severity;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.RowSpec;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * R5, the one structural difference between the templates in T3: （六）其他处理 is one row in 2019 and a
 * group of three rows in 2021. A 2021 report that printed it as one row, or a 2019 report that printed the
 * three, has its values among the matcher's extra cells. A 2021 report that printed both the group row
 * with numbers and its three rows has added a subtotal row: checked against its rows.
 */
final class OtherOutcomeRowsRule implements Rule {
    @Override public String id() { return "R5"; }

    @Override public Severity severity() { return Severity.ERROR; }

    @Override public String description() { return "2021 年版（六）其他处理必须分为 3 行，2019 年版只有 1 行；报告年度与模板版本相符"; }

    @Override
    public List<Finding> check(Report report) {
        Template t = report.template().orElse(null);
        if (t == null || report.status() == ReportStatus.TABLES_MISSING) return List.of();
        List<Finding> out = new ArrayList<>();
        yearAndTemplate(report, t, out);
        Template other = TemplateCatalogue.standard().templates().stream().filter(x -> !x.id().equals(t.id())).findFirst().orElse(null);
        if (other == null) return out;

        Set<String> own = new HashSet<>();
        for (RowSpec r : t.outcomeRows()) own.add(r.id());
        Set<String> shared = new HashSet<>();
        for (RowSpec r : other.outcomeRows()) if (own.contains(r.id())) shared.add(r.id());
        List<RowSpec> ownOnly = t.outcomeRows().stream().filter(r -> !shared.contains(r.id())).toList();
        List<RowSpec> foreign = other.outcomeRows().stream().filter(r -> !shared.contains(r.id())).toList();

        List<String> foreignIds = new ArrayList<>();
        boolean foreignValues = false;
        for (RowSpec r : foreign) {
            for (CellSpec c : r.cells()) {
                Cell x = report.extraCells().get(c.id());
                if (x == null) continue;
                foreignIds.add(c.id());
                foreignValues |= !x.value().isBlank();
            }
        }
        if (foreignIds.isEmpty()) return out;
        boolean ownRead = false;
        for (RowSpec r : ownOnly) for (CellSpec c : r.cells()) ownRead |= Arithmetic.wasRead(report.cells().get(c.id()));

        String expected = t.id() + " 年版模板的（六）其他处理" + (ownOnly.size() == 1 ? "只有一行" : "分为" + shape(ownOnly));
        String printed = other.id() + " 年版的格式";
        if (!ownRead) {
            out.add(Finding.report(id(), Severity.ERROR, foreignIds, expected + "，本报告" + (foreign.size() == 1 ? "只印了一行" : "印作" + shape(foreign))
                    + "（" + printed + "）" + (foreignValues ? "，其数值另行保存" : "")));
        } else if (foreign.size() == 1 && foreignValues) {
            subtotal(report, t, foreign.get(0), ownOnly, out);
        } else if (foreignValues) {
            out.add(Finding.report(id(), Severity.ERROR, foreignIds, expected + "，本报告另外印有" + shape(foreign) + "（" + printed + "）"));
        }
        return out;
    }

    /** A 2021 report with a numbered （六） group row as well as its three rows: the group row is a subtotal the template does not have. */
    private void subtotal(Report report, Template t, RowSpec group, List<RowSpec> rows, List<Finding> out) {
        List<String> wrong = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (int col = 0; col < group.width(); col++) {
            BigDecimal printed = report.extraCells().get(group.cells().get(col).id()).value().number();
            BigDecimal sum = BigDecimal.ZERO;
            boolean known = printed != null;
            for (RowSpec r : rows) {
                BigDecimal v = report.number(r.cells().get(col).id());
                if (v == null) known = false; else sum = sum.add(v);
            }
            if (known && printed.compareTo(sum) != 0) {
                wrong.add(group.cells().get(col).columnLabel() + " " + Labels.number(printed) + " ≠ " + Labels.number(sum));
                cells.add(group.cells().get(col).id());
            }
        }
        if (wrong.isEmpty()) {
            out.add(Finding.report(id(), Severity.INFO, group.cells().stream().map(CellSpec::id).toList(),
                    "（六）其他处理在 " + t.id() + " 年版模板中是分组标题，本报告在该行印有数值（模板没有的小计行），与其下各行之和一致"));
        } else {
            out.add(Finding.report(id(), Severity.WARNING, cells,
                    "（六）其他处理在 " + t.id() + " 年版模板中是分组标题，本报告在该行印有数值（模板没有的小计行），与其下各行之和不符：" + String.join("；", wrong)));
        }
    }

    /** Template version against report year: 2019 for the 2019 and 2020 reports, 2021 from the 2021 report on. */
    private void yearAndTemplate(Report report, Template t, List<Finding> out) {
        Integer y = report.year();
        if (y == null) return;
        if (t.id().equals(TemplateCatalogue.T2019) && y >= 2021) {
            out.add(Finding.report(id(), Severity.WARNING, List.of(), y + " 年度报告仍使用 2019 年版模板（国办公开办函〔2019〕60号）；自 2021 年度起应使用 2021 年版（〔2021〕30号）"));
        } else if (t.id().equals(TemplateCatalogue.T2021) && y <= 2020) {
            out.add(Finding.report(id(), Severity.WARNING, List.of(), y + " 年度报告使用了 2021 年版模板；2021 年版自 2021 年度报告起使用，请核对报告年度"));
        }
    }

    /** 「 3 行（1.申请人无正当…、2.申请人逾期未…、3.其他）」 */
    private static String shape(List<RowSpec> rows) {
        List<String> labels = new ArrayList<>();
        for (RowSpec r : rows) labels.add(r.label().length() > 8 ? r.label().substring(0, 8) + "…" : r.label());
        return " " + rows.size() + " 行（" + String.join("、", labels) + "）";
    }
}
