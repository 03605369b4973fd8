package org.gongkai.store;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Report;
import org.gongkai.core.rules.RuleEngine;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.List;

/**
 * The cross-year rules (R12–R14) over one organ's stored history. Recomputed whole for the organ whenever one of
 * its reports changes, inside the same transaction, so the result does not depend on the order documents arrive
 * in, and a batch stopped half-way leaves no stale comparison behind.
 */
final class History {
    private History() {}

    /** Status order for choosing one report per organ and year when the same report was published twice. */
    private static final String RANK = "case status when 'parsed' then 0 when 'partial' then 1 when 'tables-missing' then 2 else 3 end";

    private record Year(long id, int year) {}

    static void recompute(Handle h, Long organId, RuleEngine rules) {
        if (organId == null) return;
        h.createUpdate("delete from finding where scope = 'history' and report_id in (select id from report where organ_id = :o)")
                .bind("o", organId).execute();
        if (rules.crossYearRules().isEmpty()) return;
        List<Year> years = h.createQuery("select id, report_year from report where organ_id = :o and report_year is not null"
                        + " and template in ('2019', '2021') and status <> 'unreadable'"
                        + " order by report_year, " + RANK + ", id")
                .bind("o", organId).map((rs, ctx) -> new Year(rs.getLong(1), rs.getInt(2))).list();
        List<Year> best = new ArrayList<>();
        for (Year y : years) if (best.isEmpty() || best.get(best.size() - 1).year() != y.year()) best.add(y);
        Report previous = null;
        Year previousYear = null;
        for (Year y : best) {
            if (previousYear == null || previousYear.year() != y.year() - 1) {
                previous = null;
            }
            Report current = Reports.load(h, y.id(), false).orElseThrow();
            if (previous != null) {
                List<Finding> fs = rules.checkAcrossYears(previous, current);
                Findings.insert(h, y.id(), fs, "history", previousYear.id(), previousYear.year());
            }
            previous = current;
            previousYear = y;
        }
    }
}
