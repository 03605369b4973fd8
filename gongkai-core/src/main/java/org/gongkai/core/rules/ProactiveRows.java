package org.gongkai.core.rules;

import org.gongkai.core.report.Report;
import org.gongkai.core.report.ReportStatus;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.RowSpec;
import org.gongkai.core.template.TableId;
import org.gongkai.core.template.Template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** T2 rows picked by the columns they have (column ids of spec/cells.tsv), so no rule lists T2 rows. */
final class ProactiveRows {
    private ProactiveRows() {}

    // 2021 (一)
    static final String ISSUED = "issued";
    static final String REPEALED = "repealed";
    static final String IN_FORCE = "in_force";
    // 2019 (一)
    static final String PUBLISHED = "published";
    static final String TOTAL_PUBLISHED = "total";
    // 2019 (五)(六)(八)
    static final String PREVIOUS = "previous";
    static final String CHANGE = "change";
    static final String DECISIONS = "decisions";

    /** A T2 row of one report. */
    record Row(Report report, RowSpec spec) {
        CellSpec cell(String column) {
            for (CellSpec c : spec.cells()) if (c.columnId().equals(column)) return c;
            throw new IllegalArgumentException(spec.id() + " has no column " + column);
        }

        BigDecimal number(String column) { return report.number(cell(column).id()); }

        String label(String column) { return cell(column).columnLabel(); }

        List<String> ids() { return spec.cells().stream().map(CellSpec::id).toList(); }
    }

    /** The T2 rows of the report's template that have all these columns; none when the tables are missing. */
    static List<Row> withColumns(Report report, String... columns) {
        List<Row> out = new ArrayList<>();
        Template t = report.template().orElse(null);
        if (t == null || report.status() == ReportStatus.TABLES_MISSING) return out;
        for (RowSpec r : t.rows(TableId.T2)) {
            Set<String> have = new java.util.HashSet<>();
            for (CellSpec c : r.cells()) have.add(c.columnId());
            if (have.containsAll(List.of(columns))) out.add(new Row(report, r));
        }
        return out;
    }
}
