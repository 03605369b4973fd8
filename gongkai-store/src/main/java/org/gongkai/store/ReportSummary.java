package org.gongkai.store;

/**
 * One stored report in a listing.
 *
 * @param organ        the organ's name as the store knows it, or null when the report names none
 * @param regionCode   the organ's region, or null while it is not settled
 * @param status       parsed, partial, tables-missing or unreadable
 * @param reason       why a report is not parsed, or null
 * @param errors       findings of severity error
 * @param findings     all findings
 */
public record ReportSummary(long id, String sha256, String source, Long organId, String organ, String regionCode,
                            Integer year, String template, String status, String reason, int extractorVersion,
                            int errors, int findings) {}
