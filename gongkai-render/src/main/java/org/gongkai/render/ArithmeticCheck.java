package org.gongkai.render;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Report;
import org.gongkai.core.rules.RuleEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The arithmetic identities of domain.md §2.1–2.2 that a rendered report must not break — R1 (一+二 =
 * （七）总计+四), R2 (row totals), R3 (（七）总计 = the outcome leaves), R4 (T4 block totals) — as the rule
 * engine finds them: only its errors of kind report count, so a sum that fails only because a cell is
 * blank (a warning there) does not stop rendering; the renderer prints blanks as blanks.
 */
public final class ArithmeticCheck {
    private static final Set<String> RULES = Set.of("R1", "R2", "R3", "R4");

    private ArithmeticCheck() {}

    /** The broken identities, as report errors; empty when R1–R4 hold or cannot be checked. */
    public static List<Finding> check(Report report) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : RuleEngine.standard().check(report).findings()) {
            if (RULES.contains(f.rule()) && f.isReportError()) out.add(f);
        }
        return out;
    }

    /** The ids of the broken rules, in order, each once: what a refusal names. */
    public static List<String> brokenRules(Report report) {
        List<String> ids = new ArrayList<>();
        for (Finding f : check(report)) if (!ids.contains(f.rule())) ids.add(f.rule());
        return ids;
    }
}
