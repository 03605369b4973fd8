package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs the rules over a report and returns it with their findings (earlier findings of the same rules replaced). */
public final class RuleEngine {
    private final List<Rule> rules;
    private final List<CrossYearRule> crossYear;

    public RuleEngine(List<Rule> rules, List<CrossYearRule> crossYear) {
        this.rules = List.copyOf(rules);
        this.crossYear = List.copyOf(crossYear);
    }

    /** Every rule of domain.md §2. */
    public static RuleEngine standard() { return new RuleEngine(StandardRules.single(), StandardRules.crossYear()); }

    public List<Rule> rules() { return rules; }

    public List<CrossYearRule> crossYearRules() { return crossYear; }

    /** The cross-year findings between the reports of one organ for years Y−1 and Y. */
    public List<Finding> checkAcrossYears(Report previous, Report current) {
        List<Finding> out = new ArrayList<>();
        for (CrossYearRule r : crossYear) out.addAll(r.check(previous, current));
        return out;
    }

    public Report check(Report report) {
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) ids.add(r.id());
        List<Finding> kept = new ArrayList<>();
        for (Finding f : report.findings()) if (!ids.contains(f.rule())) kept.add(f);
        for (Rule r : rules) kept.addAll(r.check(report));
        return report.toBuilder().clearFindings().findings(kept).build();
    }
}
