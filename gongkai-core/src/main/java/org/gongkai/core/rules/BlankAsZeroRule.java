package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;
import org.gongkai.core.rules.Arithmetic.Identity;
import org.gongkai.core.rules.Arithmetic.Outcome;
import org.gongkai.core.rules.Arithmetic.Source;
import org.gongkai.core.template.TableId;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Says where blank applicant and result cells were counted as 0 (domain.md §2.6): only where every sum
 * they take part in then balances. Blanks in a sum that does not balance are left to R1–R4, which say
 * the report lacks a number there. The cells themselves stay blank.
 */
final class BlankAsZeroRule implements Rule {
    @Override public String id() { return "blank-as-zero"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public String description() { return "空白的申请人、结果单元格，仅在按 0 计算时各项勾稽关系成立的情况下按 0 计"; }

    @Override
    public List<Finding> check(Report report) {
        Arithmetic a = Arithmetic.of(report).orElse(null);
        if (a == null) return List.of();
        Set<String> unbalanced = new HashSet<>();
        for (Identity i : a.all()) {
            Outcome o = a.evaluate(i).outcome();
            if (o != Outcome.HOLDS) unbalanced.addAll(i.cells());
        }
        List<Finding> out = new ArrayList<>();
        for (TableId t : List.of(TableId.T3, TableId.T4)) {
            if (!a.present(t)) continue;
            List<String> ids = a.cellIds(t);
            boolean allBlank = ids.stream().allMatch(id -> {
                Source s = a.operand(id).source();
                return s == Source.BLANK || s == Source.DERIVED;
            });
            List<String> zeros = new ArrayList<>();
            for (String id : ids) {
                if (a.operand(id).source() == Source.BLANK && !unbalanced.contains(id)) zeros.add(id);
            }
            if (allBlank) {
                out.add(Finding.reading(id(), Severity.WARNING, ids,
                        Labels.table(t) + "：表格印出但全部空白，按 0 计（单元格仍为空白）"));
            } else if (!zeros.isEmpty()) {
                out.add(Finding.reading(id(), Severity.WARNING, zeros, Labels.table(t) + "：" + zeros.size()
                        + " 个空白单元格（" + where(a, zeros) + "）按 0 计，本表勾稽关系成立（单元格仍为空白）"));
            }
        }
        return out;
    }

    /** 「（一）予以公开 · 自然人」 for one cell; the rows for many: 「一、本年新收政府信息公开申请数量等 20 行」. */
    private static String where(Arithmetic a, List<String> ids) {
        if (ids.size() == 1) return IdentityRule.name(a, ids.get(0));
        List<String> rows = new ArrayList<>();
        for (String id : ids) {
            var spec = IdentityRule.spec(a, id);
            String row = a.template().row(spec.rowId()).map(Labels::row).orElse(spec.rowId());
            if (!rows.contains(row)) rows.add(row);
        }
        if (rows.size() <= 2) return String.join("、", rows) + "各行";
        return rows.get(0) + "、" + rows.get(1) + "等 " + rows.size() + " 行";
    }
}
