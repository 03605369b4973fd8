package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;

import java.util.List;

/** A check between two reports of the same organ for consecutive years (domain.md §2.4). */
public interface CrossYearRule {
    String id();

    Severity severity();

    String description();

    /** @param previous the report for year Y−1; @param current the report for year Y */
    List<Finding> check(Report previous, Report current);
}
