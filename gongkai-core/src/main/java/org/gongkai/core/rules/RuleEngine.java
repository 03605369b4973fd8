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

    public RuleEngine(List<Rule> rules) { this.rules = List.copyOf(rules); }

    /** Every rule of domain.md §2 that applies to a single report. */
    public static RuleEngine standard() { return new RuleEngine(StandardRules.single()); }

    public List<Rule> rules() { return rules; }

    public Report check(Report report) {
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) ids.add(r.id());
        List<Finding> kept = new ArrayList<>();
        for (Finding f : report.findings()) if (!ids.contains(f.rule())) kept.add(f);
        for (Rule r : rules) kept.addAll(r.check(report));
        return report.toBuilder().clearFindings().findings(kept).build();
    }
}
