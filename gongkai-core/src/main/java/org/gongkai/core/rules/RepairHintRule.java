package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;
import org.gongkai.core.rules.Arithmetic.Identity;
import org.gongkai.core.rules.Arithmetic.Operand;
import org.gongkai.core.rules.Arithmetic.Result;
import org.gongkai.core.rules.Arithmetic.Source;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.RowSpec;
import org.gongkai.core.template.TableId;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When T3 breaks R1–R3, looks for the smallest repair that makes every sum of T3 and T4 hold: one cell
 * changed (a typo, a 总计 left 0), or two adjacent cells of a row that are one number split in two
 * (「2」「0」 ← 「20」, the later values shifted one column right and the last one lost), or, failing
 * both, the 总计 of every row that breaks R2 written as its row's sum. Hints are never applied;
 * several equally good repairs are not a hint, so none is given then.
 */
final class RepairHintRule implements Rule {
    /** More candidates than this means the numbers do not point at one cell. */
    private static final int MAX_HINTS = 2;

    @Override public String id() { return "repair-hint"; }

    @Override public Severity severity() { return Severity.INFO; }

    @Override public String description() { return "申请情况表勾稽关系不成立时，指出改动哪一个单元格或合并哪两个相邻单元格即可全部成立（不自动修改）"; }

    @Override
    public List<Finding> check(Report report) {
        Arithmetic a = Arithmetic.of(report).orElse(null);
        if (a == null || !a.present(TableId.T3)) return List.of();
        List<Identity> broken = new ArrayList<>();
        for (Identity i : a.requestIdentities()) {
            if (a.evaluate(i).outcome() == Arithmetic.Outcome.BROKEN) broken.add(i);
        }
        if (broken.isEmpty()) return List.of();

        List<Finding> hints = new ArrayList<>(singleChanges(a, broken));
        if (hints.isEmpty()) hints.addAll(merges(a, broken));
        if (hints.isEmpty()) hints.addAll(rowTotals(a, broken));
        return hints.size() <= MAX_HINTS ? hints : List.of();
    }

    /**
     * Several 总计 cells left 0 or wrong (seed 000: （一） and （七）): when writing every broken row's
     * 总计 as the sum of its row makes every sum hold, that is the repair, though it touches several cells.
     */
    private List<Finding> rowTotals(Arithmetic a, List<Identity> broken) {
        Map<String, BigDecimal> changed = new LinkedHashMap<>();
        for (Identity i : broken) {
            if (!i.rule().equals("R2")) continue;
            String total = i.left().get(0);
            if (a.operand(total).source() != Source.PRINTED) return List.of();
            changed.put(total, a.evaluate(i).right());
        }
        if (changed.size() < 2 || !a.allHold(changed)) return List.of();
        List<String> names = new ArrayList<>(), from = new ArrayList<>(), to = new ArrayList<>();
        changed.forEach((id, v) -> {
            names.add(IdentityRule.name(a, id));
            from.add(Labels.number(a.operand(id).value()));
            to.add(Labels.number(v));
        });
        return List.of(new Finding(id(), Severity.INFO, FindingKind.REPORT, List.copyOf(changed.keySet()), null, null,
                "若将" + String.join("、", names) + "由 " + String.join("、", from) + " 改为本行之和 " + String.join("、", to)
                        + "，本表各项勾稽关系全部成立（仅为提示，未修改）"));
    }

    private List<Finding> singleChanges(Arithmetic a, List<Identity> broken) {
        Map<String, BigDecimal> candidates = new LinkedHashMap<>();
        for (Identity i : broken) {
            Result r = a.evaluate(i);
            BigDecimal gap = r.right().subtract(r.left());
            for (String id : i.cells()) {
                Operand o = a.operand(id);
                if (o.source() != Source.PRINTED && o.source() != Source.BLANK) continue;
                BigDecimal v = i.left().contains(id) ? o.value().add(gap) : o.value().subtract(gap);
                if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0) continue;
                if (candidates.containsKey(id)) continue;
                if (a.allHold(Map.of(id, v))) candidates.put(id, v);
            }
        }
        List<Finding> out = new ArrayList<>();
        candidates.forEach((id, v) -> {
            Operand o = a.operand(id);
            String name = IdentityRule.name(a, id);
            String what = o.source() == Source.BLANK
                    ? "若在" + name + "（空白）填入 " + Labels.number(v)
                    : "若将" + name + "由 " + Labels.number(o.value()) + " 改为 " + Labels.number(v);
            out.add(new Finding(id(), Severity.INFO, FindingKind.REPORT, List.of(id), v,
                    o.source() == Source.BLANK ? null : o.value(), what + "，本表各项勾稽关系全部成立（仅为提示，未修改）"));
        });
        return out;
    }

    private List<Finding> merges(Arithmetic a, List<Identity> broken) {
        List<Finding> out = new ArrayList<>();
        for (RowSpec row : a.template().rows(TableId.T3)) {
            List<String> ids = row.cells().stream().map(CellSpec::id).toList();
            if (broken.stream().noneMatch(i -> i.cells().stream().anyMatch(ids::contains))) continue;
            for (int i = 0; i + 1 < ids.size(); i++) {
                Map<String, BigDecimal> changed = merged(a, ids, i);
                if (changed == null || !a.allHold(changed)) continue;
                BigDecimal joined = changed.get(ids.get(i));
                String first = Labels.number(a.operand(ids.get(i)).value());
                String second = Labels.number(a.operand(ids.get(i + 1)).value());
                out.add(new Finding(id(), Severity.INFO, FindingKind.READING, ids, joined, null,
                        Labels.row(row) + "：「" + first + "」「" + second + "」可能是被拆成两格的一个数「" + Labels.number(joined)
                                + "」（" + IdentityRule.spec(a, ids.get(i)).columnLabel() + "）；合并后其后数值左移一列、总计为 "
                                + Labels.number(changed.get(ids.get(ids.size() - 1)))
                                + "，本表各项勾稽关系全部成立（仅为提示，未修改）"));
            }
        }
        return out;
    }

    /** The row with cells i and i+1 joined, the rest shifted left, and the lost last value taken as the row sum. */
    private static Map<String, BigDecimal> merged(Arithmetic a, List<String> ids, int i) {
        List<BigDecimal> values = new ArrayList<>();
        for (String id : ids) {
            Operand o = a.operand(id);
            if (o.source() != Source.PRINTED) return null;
            values.add(o.value());
        }
        BigDecimal x = values.get(i), y = values.get(i + 1);
        if (x.signum() <= 0 || y.signum() < 0 || x.scale() > 0 || y.scale() > 0) return null;
        List<BigDecimal> row = new ArrayList<>(values.subList(0, i));
        row.add(new BigDecimal(x.toPlainString() + y.toPlainString()));
        row.addAll(values.subList(i + 2, values.size()));
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : row.subList(0, ids.size() - 1)) sum = sum.add(v);
        if (row.size() < ids.size()) row.add(sum);
        else row.set(ids.size() - 1, sum);
        Map<String, BigDecimal> changed = new HashMap<>();
        for (int k = 0; k < ids.size(); k++) changed.put(ids.get(k), row.get(k));
        return changed;
    }
}
