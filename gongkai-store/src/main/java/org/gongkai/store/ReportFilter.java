package org.gongkai.store;

import java.util.List;

/**
 * Which reports to list or export.
 *
 * @param regionPrefixes region code prefixes (32, 3202, 320281); empty for all
 * @param year           a report year, or null for all
 * @param template       2019, 2021, legacy, or null for all
 */
public record ReportFilter(List<String> regionPrefixes, Integer year, String template) {

    public ReportFilter {
        regionPrefixes = List.copyOf(regionPrefixes);
    }

    public static ReportFilter all() { return new ReportFilter(List.of(), null, null); }

    public ReportFilter withYear(Integer y) { return new ReportFilter(regionPrefixes, y, template); }

    public ReportFilter withTemplate(String t) { return new ReportFilter(regionPrefixes, year, t); }

    public ReportFilter withRegions(List<String> prefixes) { return new ReportFilter(prefixes, year, template); }

    /** The SQL condition over report r and organ o, with named parameters bound by {@link #bind}. */
    String where() {
        StringBuilder sb = new StringBuilder("1 = 1");
        if (!regionPrefixes.isEmpty()) {
            sb.append(" and (");
            for (int i = 0; i < regionPrefixes.size(); i++) {
                if (i > 0) sb.append(" or ");
                sb.append("o.region_code like :region").append(i);
            }
            sb.append(")");
        }
        if (year != null) sb.append(" and r.report_year = :year");
        if (template != null) sb.append(" and r.template = :template");
        return sb.toString();
    }

    <T extends org.jdbi.v3.core.statement.SqlStatement<T>> T bind(T statement) {
        for (int i = 0; i < regionPrefixes.size(); i++) statement.bind("region" + i, regionPrefixes.get(i) + "%");
        if (year != null) statement.bind("year", year);
        if (template != null) statement.bind("template", template);
        return statement;
    }
}
