package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;
import org.gongkai.core.rules.Arithmetic.Operand;
import org.gongkai.core.rules.Arithmetic.Source;
import org.gongkai.core.template.TableId;

import java.util.ArrayList;
import java.util.List;

/**
 * A blank 总计 cell is a missing total, never 0 (domain.md §2.7, S7): the other sums use the row sum in
 * its place, and this says so, with the derived value as expected. The cell stays blank.
 */
final class DerivedTotalRule implements Rule {
    @Override public String id() { return "derived-total"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public String description() { return "空白的总计单元格不是 0：按本行各列之和推算，推算值不写入单元格"; }

    @Override
    public List<Finding> check(Report report) {
        Arithmetic a = Arithmetic.of(report).orElse(null);
        if (a == null) return List.of();
        List<Finding> out = new ArrayList<>();
        for (TableId t : List.of(TableId.T3, TableId.T4)) {
            if (!a.present(t)) continue;
            List<String> ids = a.cellIds(t);
            // a table printed entirely blank is one finding of blank-as-zero, not one per row
            if (ids.stream().allMatch(id -> a.operand(id).source() == Source.BLANK || a.operand(id).source() == Source.DERIVED)) continue;
            for (String id : ids) {
                Operand o = a.operand(id);
                if (o.source() != Source.DERIVED) continue;
                List<String> cells = new ArrayList<>();
                cells.add(id);
                cells.addAll(a.derivedFrom(id));
                String basis = t == TableId.T3 ? "各类申请人之和" : "各项结果之和";
                String note = o.mayGrow() ? "（本行另有空白单元格按 0 计）" : "";
                out.add(new Finding(id(), Severity.WARNING, FindingKind.READING, cells, o.value(), null,
                        IdentityRule.name(a, id) + "：空白，不按 0 计；按本行" + basis + "推算为 " + Labels.number(o.value())
                                + note + "，推算值不写入单元格"));
            }
        }
        return out;
    }
}
