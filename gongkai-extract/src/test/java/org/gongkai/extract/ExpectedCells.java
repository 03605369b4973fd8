package org.gongkai.extract;

import org.gongkai.core.report.Cell;
import org.gongkai.core.report.Report;
import org.gongkai.core.template.RowSpec;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expected cells written as a report prints them, one template row a line:
 * {@code requests.granted: 4 0 0 0 0 0 0}. A token is the cell's printed text ({@code 减60}, {@code 22.36万元});
 * {@code _} is a blank cell. Every row of the template must be listed, so every cell is asserted.
 */
final class ExpectedCells {
    private ExpectedCells() {}

    static void assertCells(Report report, String expected) {
        Template t = TemplateCatalogue.standard().require(report.templateId());
        Set<String> listed = new HashSet<>();
        List<String> failures = new ArrayList<>();
        for (String line : expected.strip().split("\n")) {
            line = line.strip();
            if (line.isEmpty()) continue;
            int colon = line.indexOf(':');
            String rowId = line.substring(0, colon).strip();
            String[] tokens = line.substring(colon + 1).strip().split("\\s+");
            RowSpec row = t.row(rowId).orElseThrow(() -> new AssertionError("no row " + rowId + " in template " + t.id()));
            assertThat(tokens).as("values listed for %s", rowId).hasSize(row.width());
            listed.add(rowId);
            for (int i = 0; i < tokens.length; i++) {
                String id = row.cells().get(i).id();
                Cell cell = report.cells().get(id);
                String token = tokens[i];
                if (token.equals("_")) {
                    if (!cell.value().isBlank()) failures.add(id + ": expected blank, read " + cell.value());
                    continue;
                }
                BigDecimal n = cell.value().number();
                BigDecimal want = numberOf(token);
                if (n == null || n.compareTo(want) != 0) failures.add(id + ": expected " + token + ", read " + cell.value());
                else if (!cell.raw().equals(token)) failures.add(id + ": expected raw " + token + ", read raw " + cell.raw());
            }
        }
        for (RowSpec r : t.rows()) if (!listed.contains(r.id())) failures.add("row not listed in the expectation: " + r.id());
        assertThat(failures).as("cells of %s", report.source()).isEmpty();
        assertThat(report.cells()).hasSize(t.cells().size());
    }

    private static BigDecimal numberOf(String token) {
        String t = token.replace("（", "(").replace("）", ")").replace("万元", "").replace("元", "").replace("+", "").replace(",", "");
        if (t.startsWith("减")) return new BigDecimal(t.substring(1)).negate();
        if (t.startsWith("增")) return new BigDecimal(t.substring(1));
        if (t.endsWith("(减)")) return new BigDecimal(t.substring(0, t.length() - 3)).negate();
        if (t.endsWith("(增)")) return new BigDecimal(t.substring(0, t.length() - 3));
        return new BigDecimal(t);
    }

    /** All 23/25 T3 rows and T4 with zeros, for the reports that print nothing but zeros there. */
    static String zeroRequestsAndAppeals(String template) {
        StringBuilder sb = new StringBuilder();
        Template t = TemplateCatalogue.standard().require(template);
        for (RowSpec r : t.rows()) {
            if (r.id().startsWith("proactive.")) continue;
            sb.append(r.id()).append(':');
            for (int i = 0; i < r.width(); i++) sb.append(" 0");
            sb.append('\n');
        }
        return sb.toString();
    }
}
