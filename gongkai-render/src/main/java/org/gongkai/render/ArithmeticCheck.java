package org.gongkai.render;

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
 * The arithmetic identities of domain.md §2.1–2.2 that a rendered report must not break: R1 (一+二 =
 * （七）总计+四, per column), R2 (总计 = the six applicant columns, per row), R3 ((七)总计 = the outcome
 * leaves, per column) and R4 (T4 总计 = its four results, per block). An identity with a blank or text
 * cell is not checked: the renderer prints blanks as blanks and does not guess what they mean.
 */
public final class ArithmeticCheck {
    private ArithmeticCheck() {}

    /** The broken identities, as report errors; empty when R1–R4 hold or cannot be checked. */
    public static List<Finding> check(Report report) {
        Template t = report.template().orElse(null);
        if (t == null) return List.of();
        List<Finding> out = new ArrayList<>();
        List<String> columns = t.requestColumns();
        for (String c : columns) {
            sum(report, out, "R1", List.of("requests.new." + c, "requests.carried_over." + c),
                    List.of("requests.total." + c, "requests.carried_forward." + c));
        }
        for (RowSpec row : t.rows(TableId.T3)) {
            List<String> parts = new ArrayList<>();
            String total = null;
            for (CellSpec c : row.cells()) {
                if (c.columnId().equals("total")) total = c.id(); else parts.add(c.id());
            }
            sum(report, out, "R2", parts, List.of(total));
        }
        for (String c : columns) {
            List<String> leaves = new ArrayList<>();
            for (RowSpec row : t.outcomeRows()) leaves.add(row.id() + "." + c);
            sum(report, out, "R3", leaves, List.of("requests.total." + c));
        }
        for (String block : List.of("appeals.review", "appeals.suit_direct", "appeals.suit_after_review")) {
            sum(report, out, "R4", List.of(block + ".upheld", block + ".corrected", block + ".other", block + ".pending"),
                    List.of(block + ".total"));
        }
        return out;
    }

    /** The ids of the broken rules, in order, each once: what a refusal names. */
    public static List<String> brokenRules(Report report) {
        List<String> ids = new ArrayList<>();
        for (Finding f : check(report)) if (!ids.contains(f.rule())) ids.add(f.rule());
        return ids;
    }

    private static void sum(Report r, List<Finding> out, String rule, List<String> left, List<String> right) {
        BigDecimal l = total(r, left);
        BigDecimal rt = total(r, right);
        if (l == null || rt == null || l.compareTo(rt) == 0) return;
        List<String> cells = new ArrayList<>(left);
        cells.addAll(right);
        String message = name(r, left) + " = " + l.toPlainString() + "，但 " + name(r, right) + " = " + rt.toPlainString();
        out.add(new Finding(rule, Severity.ERROR, FindingKind.REPORT, cells, l, rt, message));
    }

    private static BigDecimal total(Report r, List<String> ids) {
        BigDecimal s = BigDecimal.ZERO;
        for (String id : ids) {
            BigDecimal n = r.number(id);
            if (n == null) return null;
            s = s.add(n);
        }
        return s;
    }

    private static String name(Report r, List<String> ids) {
        Template t = r.template().orElseThrow();
        List<String> names = new ArrayList<>();
        for (String id : ids) names.add(t.cell(id).map(CellSpec::displayName).orElse(id));
        if (names.size() > 3) return names.get(0) + " … " + names.get(names.size() - 1) + " 之和";
        return String.join(" + ", names);
    }
}
