package org.gongkai.core.rules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongkai.core.report.Cell;
import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;
import org.gongkai.core.template.CellKind;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.RowSpec;
import org.gongkai.core.template.TableId;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports built from random leaf counts so that every sum of the template holds: such a report has no
 * error, and changing any one T3 or T4 cell of it gives an error that names the cell.
 */
class RulePropertiesTest {

    /** The numbers a consistent report is built from; the 总计 cells and rows are computed. */
    record Leaves(String template, List<Integer> outcomes, List<Integer> carriedForward, List<Integer> carriedOverShare,
                  List<Integer> appeals, List<Integer> proactive) {}

    @Provide
    Arbitrary<Leaves> leaves() {
        Arbitrary<Integer> small = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0)), net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 60)));
        return Combinators.combine(
                Arbitraries.of(TemplateCatalogue.T2019, TemplateCatalogue.T2021),
                small.list().ofSize(21 * 6),
                Arbitraries.integers().between(0, 12).list().ofSize(6),
                Arbitraries.integers().between(0, 100).list().ofSize(6),
                Arbitraries.integers().between(0, 9).list().ofSize(12),
                Arbitraries.integers().between(0, 3000).list().ofSize(22)).as(Leaves::new);
    }

    @Property(tries = 300)
    void a_consistent_report_has_no_error(@ForAll("leaves") Leaves leaves) {
        Report r = RuleEngine.standard().check(build(leaves));
        assertThat(r.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(r.findings()).noneMatch(f -> f.rule().matches("R[1-6]"));
    }

    @Property(tries = 500)
    void changing_any_one_t3_or_t4_cell_gives_an_error_naming_it(@ForAll("leaves") Leaves leaves,
                                                                @ForAll("cellIndex") int index, @ForAll("change") int change) {
        Report consistent = build(leaves);
        List<String> ids = sumCells(consistent.template().orElseThrow());
        String id = ids.get(index % ids.size());
        BigDecimal old = consistent.number(id);
        BigDecimal changed = old.add(BigDecimal.valueOf(change));
        Report broken = consistent.toBuilder().cell(number(id, changed)).build();

        Report checked = RuleEngine.standard().check(broken);

        assertThat(checked.findings()).as("%s changed from %s to %s", id, old, changed)
                .anyMatch(f -> f.isReportError() && f.cells().contains(id));
        if (changed.signum() >= 0 && id.startsWith("requests.")) {
            // the one repair that makes every sum hold again is putting the cell back
            assertThat(checked.findings()).filteredOn(f -> f.rule().equals("repair-hint")).singleElement().satisfies(h -> {
                assertThat(h.cells()).containsExactly(id);
                assertThat(h.expected()).isEqualByComparingTo(old);
            });
        }
    }

    @Provide
    Arbitrary<Integer> cellIndex() { return Arbitraries.integers().between(0, 10_000); }

    @Provide
    Arbitrary<Integer> change() { return Arbitraries.integers().between(-70, 70).filter(i -> i != 0); }

    // ------------------------------------------------------------------------------------------- building

    static List<String> sumCells(Template t) {
        List<String> out = new ArrayList<>();
        for (TableId table : List.of(TableId.T3, TableId.T4)) for (RowSpec r : t.rows(table)) for (CellSpec c : r.cells()) out.add(c.id());
        return out;
    }

    static Report build(Leaves l) {
        Template t = TemplateCatalogue.standard().require(l.template());
        Report.Builder b = Report.builder().source("generated").templateId(t.id())
                .year(t.id().equals(TemplateCatalogue.T2019) ? 2020 : 2022).agency("生成的机关");
        int columns = 6;
        int[] handled = new int[columns + 1];
        List<RowSpec> outcomes = t.outcomeRows();
        int k = 0;
        for (RowSpec row : outcomes) {
            int[] v = new int[columns];
            for (int c = 0; c < columns; c++) v[c] = l.outcomes().get(k++);
            putRow(b, row, v);
            for (int c = 0; c < columns; c++) { handled[c] += v[c]; handled[columns] += v[c]; }
        }
        int[] total = new int[columns], forward = new int[columns], over = new int[columns], fresh = new int[columns];
        for (int c = 0; c < columns; c++) {
            total[c] = handled[c];
            forward[c] = l.carriedForward().get(c);
            over[c] = (total[c] + forward[c]) * l.carriedOverShare().get(c) / 100;
            fresh[c] = total[c] + forward[c] - over[c];
        }
        putRow(b, t.row(RequestRows.TOTAL).orElseThrow(), total);
        putRow(b, t.row(RequestRows.CARRIED_FORWARD).orElseThrow(), forward);
        putRow(b, t.row(RequestRows.CARRIED_OVER).orElseThrow(), over);
        putRow(b, t.row(RequestRows.NEW).orElseThrow(), fresh);
        int a = 0;
        for (RowSpec row : t.rows(TableId.T4)) {
            int[] v = new int[4];
            for (int c = 0; c < 4; c++) v[c] = l.appeals().get(a++);
            putRow(b, row, v);
        }
        int p = 0;
        for (RowSpec row : t.rows(TableId.T2)) {
            for (CellSpec c : row.cells()) {
                int n = l.proactive().get(p++ % l.proactive().size());
                BigDecimal v = c.kind() == CellKind.DELTA ? BigDecimal.valueOf(n % 50 - 25)
                        : c.kind() == CellKind.AMOUNT ? BigDecimal.valueOf(n, 2) : BigDecimal.valueOf(n);
                String unit = c.kind() == CellKind.AMOUNT ? "万元" : null;
                b.cell(new Cell(c.id(), CellValue.of(v), v.toPlainString() + (unit == null ? "" : unit), unit, null));
            }
        }
        return b.build();
    }

    /** The leaves of a row and their sum in its 总计 cell. */
    private static void putRow(Report.Builder b, RowSpec row, int[] leaves) {
        int sum = 0;
        for (int i = 0; i < leaves.length; i++) {
            b.cell(number(row.cells().get(i).id(), BigDecimal.valueOf(leaves[i])));
            sum += leaves[i];
        }
        b.cell(number(row.cells().get(row.width() - 1).id(), BigDecimal.valueOf(sum)));
    }

    private static Cell number(String id, BigDecimal v) {
        return new Cell(id, CellValue.of(v), v.toPlainString(), null, null);
    }

    @Property(tries = 50)
    void findings_name_only_cells_of_the_template_or_the_report(@ForAll("leaves") Leaves leaves) {
        Report r = RuleEngine.standard().check(build(leaves));
        Template t = r.template().orElseThrow();
        for (Finding f : r.findings()) assertThat(f.cells()).allMatch(t::hasCell);
    }
}
