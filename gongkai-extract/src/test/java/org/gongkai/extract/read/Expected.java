package org.gongkai.extract.read;

import org.gongkai.core.report.Cell;
import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cells a report must give, written row by row as the document prints them. Every cell id of the
 * report's template that is not written here must be blank.
 */
final class Expected {
    static final List<String> APPLICANTS = List.of("natural", "business", "research", "nonprofit", "legal", "other_org", "total");
    static final List<String> OUTCOMES = List.of("upheld", "corrected", "other", "pending", "total");

    private final Map<String, String> cells = new LinkedHashMap<>();

    /** One cell; null for a blank. */
    Expected cell(String id, String value) {
        cells.put(id, value);
        return this;
    }

    /** A T3 row: the seven applicant columns. */
    Expected applicants(String row, long... values) {
        assertThat(values).hasSize(7);
        for (int i = 0; i < 7; i++) cells.put(row + "." + APPLICANTS.get(i), Long.toString(values[i]));
        return this;
    }

    /** T4: the fifteen values of its one row. */
    Expected appeals(long... values) {
        assertThat(values).hasSize(15);
        String[] blocks = {"appeals.review", "appeals.suit_direct", "appeals.suit_after_review"};
        for (int i = 0; i < 15; i++) cells.put(blocks[i / 5] + "." + OUTCOMES.get(i % 5), Long.toString(values[i]));
        return this;
    }

    /** Every cell of the report: those written here with their values, all others blank. */
    void assertMatches(Report report) {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Cell> e : report.cells().entrySet()) {
            String want = cells.get(e.getKey());
            CellValue got = e.getValue().value();
            if (!same(want, got)) wrong.add(e.getKey() + ": expected " + want + ", read " + got);
        }
        for (String id : cells.keySet()) if (!report.cells().containsKey(id)) wrong.add(id + ": not a cell of the report");
        assertThat(wrong).as("cells that differ from the document").isEmpty();
    }

    private static boolean same(String want, CellValue got) {
        if (want == null) return got instanceof CellValue.Blank;
        return got instanceof CellValue.Number n && n.value().compareTo(new BigDecimal(want)) == 0;
    }
}
