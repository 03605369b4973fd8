package org.gongkai.core.rules;

import org.gongkai.core.report.Cell;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.RowSpec;
import org.gongkai.core.template.TableId;
import org.gongkai.core.template.Template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Subtotal rows some reports add under a T3 group (「（三）不予公开」 with its own values) are not template
 * rows: the reader keeps them as extra cells ({@code requests.withheld.natural} …). Where one is printed it
 * should still be the sum of the group's leaves (domain.md §2.2); a difference is a warning, since the row
 * is the report's own addition and the leaves are what the template counts.
 */
final class SubtotalRule implements Rule {
    private static final List<String> GROUPS = List.of("requests.withheld", "requests.unavailable", "requests.declined");

    @Override public String id() { return "R3s"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public String description() { return "报告自加的小计行（如（三）不予公开）应等于其下各项之和"; }

    @Override
    public List<Finding> check(Report report) {
        Template t = report.template().orElse(null);
        if (t == null || report.extraCells().isEmpty()) return List.of();
        List<Finding> out = new ArrayList<>();
        for (String group : GROUPS) {
            List<RowSpec> leaves = t.rows(TableId.T3).stream().filter(r -> r.id().startsWith(group + ".")).toList();
            if (leaves.isEmpty()) continue;
            for (int col = 0; col < leaves.get(0).cells().size(); col++) {
                CellSpec first = leaves.get(0).cells().get(col);
                Cell subtotal = report.extraCells().get(group + "." + first.columnId());
                if (subtotal == null || subtotal.value().number() == null) continue;
                BigDecimal sum = BigDecimal.ZERO;
                List<String> ids = new ArrayList<>();
                ids.add(subtotal.id());
                boolean complete = true;
                for (RowSpec leaf : leaves) {
                    CellSpec c = leaf.cells().get(col);
                    ids.add(c.id());
                    BigDecimal n = report.number(c.id());
                    if (n == null) { complete = false; break; }
                    sum = sum.add(n);
                }
                if (!complete || sum.compareTo(subtotal.value().number()) == 0) continue;
                out.add(new Finding(id(), Severity.WARNING, FindingKind.REPORT, ids, sum, subtotal.value().number(),
                        first.group() + "（小计行，非模板行） · " + first.columnLabel() + "：" + Labels.number(subtotal.value().number())
                                + " ≠ 其下各项之和 " + Labels.number(sum)));
            }
        }
        return out;
    }
}
