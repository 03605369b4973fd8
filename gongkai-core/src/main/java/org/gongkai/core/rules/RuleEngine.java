package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the rules over a report and returns it with their findings (earlier findings of the same rules
 * replaced). Rules only add findings: the cells of a report are never changed by checking it.
 */
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

    /**
     * Adds the cross-year findings to reports checked together: reports whose organ names are the same
     * once normalised, for consecutive years, get the findings between them on the later report. The
     * list comes back in the same order; reports without an organ name or a year are returned as they are.
     */
    public List<Report> checkAcrossYears(List<Report> reports) {
        Set<String> ids = new HashSet<>();
        for (CrossYearRule r : crossYear) ids.add(r.id());
        Map<String, List<Integer>> byOrgan = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            Optional<String> organ = OrganName.key(r.agency());
            if (organ.isEmpty() || r.year() == null) continue;
            byOrgan.computeIfAbsent(organ.get(), k -> new ArrayList<>()).add(i);
        }
        List<List<Finding>> added = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) added.add(new ArrayList<>());
        for (List<Integer> same : byOrgan.values()) {
            for (int cur : same) {
                for (int prev : same) {
                    if (reports.get(prev).year() == reports.get(cur).year() - 1) {
                        added.get(cur).addAll(checkAcrossYears(reports.get(prev), reports.get(cur)));
                    }
                }
            }
        }
        List<Report> out = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            if (added.get(i).isEmpty() && r.findings().stream().noneMatch(f -> ids.contains(f.rule()))) { out.add(r); continue; }
            List<Finding> kept = new ArrayList<>();
            for (Finding f : r.findings()) if (!ids.contains(f.rule())) kept.add(f);
            kept.addAll(added.get(i));
            out.add(r.toBuilder().clearFindings().findings(kept).build());
        }
        return out;
    }

    public Report check(Report report) {
        Set<String> ids = new HashSet<>();
        for (Rule r : rules) ids.add(r.id());
        List<Finding> kept = new ArrayList<>();
        for (Finding f : report.findings()) if (!ids.contains(f.rule())) kept.add(f);
        // rules see the reading findings (placement by order), not the stale findings of an earlier check
        Report reading = report.toBuilder().clearFindings().findings(kept).build();
        for (Rule r : rules) kept.addAll(r.check(reading));
        return report.toBuilder().clearFindings().findings(kept).build();
    }
}
