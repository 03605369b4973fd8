package org.gongkai.store;

import org.gongkai.core.report.Finding;

import java.time.Instant;

/**
 * A finding as stored: the finding, its stable key, whether it compares with the previous year, and its review.
 *
 * @param previousReportId for a cross-year finding, the report of the year before; else null
 */
public record StoredFinding(long reportId, String key, Finding finding, Long previousReportId, ReviewState state,
                            String note, String reviewer, Instant reviewedAt) {}
