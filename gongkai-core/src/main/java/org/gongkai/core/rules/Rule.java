package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;

import java.util.List;

/** One check of domain.md §2 over a single report. */
public interface Rule {
    /** R1 … R15, or the id of a soft check. */
    String id();

    /** The severity of the findings it usually produces. */
    Severity severity();

    /** One line, in Chinese, saying what the rule requires. */
    String description();

    /** The findings for this report; empty when the rule holds or does not apply. */
    List<Finding> check(Report report);
}
