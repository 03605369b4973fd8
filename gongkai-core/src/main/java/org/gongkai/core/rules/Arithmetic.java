package org.gongkai.core.rules;

import org.gongkai.core.report.Cell;
import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.ReportStatus;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.RowSpec;
import org.gongkai.core.template.TableId;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sums of T3 and T4 as the rules see them, with the blank semantics of domain.md §2.6–§2.7:
 * a blank applicant (or T4 result) cell counts as 0 but may be larger, so an identity that fails only
 * because of it is a warning, not an error; a blank 总计 cell is a missing total, derived as the row
 * sum, never taken as 0; a cell that was never read (a table or row not found) makes every identity
 * it takes part in uncheckable. Nothing here changes a cell.
 */
final class Arithmetic {

    /** Where an operand's value comes from. */
    enum Source {
        /** a number printed in the report */
        PRINTED,
        /** a blank applicant or result cell, counted as 0 */
        BLANK,
        /** a blank 总计 cell, derived as the sum of its row */
        DERIVED,
        /** not read, or text where a number belongs: identities with it cannot be checked */
        UNKNOWN
    }

    /** A cell as an operand: its value, where that comes from, and whether it may really be larger. */
    record Operand(String id, BigDecimal value, Source source, boolean mayGrow) {}

    /** Σ left = Σ right, as one rule states it for one row, column or block; left is the printed total (actual), right the sum (expected). */
    record Identity(String rule, List<String> left, List<String> right) {
        List<String> cells() {
            List<String> all = new ArrayList<>(left);
            all.addAll(right);
            return all;
        }
    }

    enum Outcome {
        HOLDS,
        /** broken whatever the blank cells hold */
        BROKEN,
        /** broken when the blanks are 0; some blank would have to hold a number */
        BROKEN_UNLESS_BLANKS,
        /** a cell was not read or is text */
        UNCHECKABLE
    }

    record Result(Identity identity, BigDecimal left, BigDecimal right, Outcome outcome, boolean placedByOrder) {
        boolean broken() { return outcome == Outcome.BROKEN || outcome == Outcome.BROKEN_UNLESS_BLANKS; }
    }

    /**
     * Reading findings after which the matcher is unsure where a value belongs: placed by order, cut
     * from a row with too many values, in a row whose label matched only approximately, or cut out of
     * digits run together by the template's own sums.
     */
    private static final Set<String> UNSURE_PLACEMENT = Set.of("values-by-order", "extra-values", "label-approximate", "values-split");

    /** The cells whose place the reader is unsure of. */
    static Set<String> unsureCells(Report report) {
        Set<String> out = new HashSet<>();
        for (Finding f : report.findings()) {
            if (f.kind() == FindingKind.READING && UNSURE_PLACEMENT.contains(f.rule())) out.addAll(f.cells());
        }
        return out;
    }

    private final Report report;
    private final Template template;
    private final Map<String, Operand> operands = new HashMap<>();
    private final Map<String, List<String>> derivedFrom = new HashMap<>();
    private final Set<String> placedByOrder = new HashSet<>();
    private final Set<TableId> present = new HashSet<>();

    private Arithmetic(Report report, Template template) {
        this.report = report;
        this.template = template;
        placedByOrder.addAll(unsureCells(report));
        for (TableId t : List.of(TableId.T3, TableId.T4)) {
            for (RowSpec row : template.rows(t)) resolve(row);
            for (RowSpec row : template.rows(t)) {
                for (CellSpec c : row.cells()) {
                    if (operands.get(c.id()).source() != Source.UNKNOWN || wasRead(report.cells().get(c.id()))) present.add(t);
                }
            }
        }
    }

    /**
     * The last report's arithmetic, per thread: seven independent rules need the same sums of the same
     * (immutable) report one after another, and resolving them is most of their cost.
     */
    private static final ThreadLocal<Arithmetic> LAST = new ThreadLocal<>();

    /** The arithmetic of a report; empty when it has no template or its tables are missing altogether. */
    static Optional<Arithmetic> of(Report report) {
        if (report.status() == ReportStatus.TABLES_MISSING) return Optional.empty();
        Arithmetic last = LAST.get();
        if (last != null && last.report == report) return Optional.of(last);
        Optional<Arithmetic> a = report.template().map(t -> new Arithmetic(report, t));
        LAST.set(a.orElse(null));
        return a;
    }

    Template template() { return template; }

    Report report() { return report; }

    /** True when at least one cell of the table was read (a number, a printed blank, or text). */
    boolean present(TableId t) { return present.contains(t); }

    Operand operand(String id) {
        Operand o = operands.get(id);
        return o != null ? o : new Operand(id, null, Source.UNKNOWN, false);
    }

    /** The applicant or result cells a derived total was summed from. */
    List<String> derivedFrom(String totalId) { return derivedFrom.getOrDefault(totalId, List.of()); }

    // ------------------------------------------------------------------------------------------ identities

    /**
     * R1, one per T3 column: 三（七）总计 + 四 = 一 + 二. The left side is what the report says was
     * handled and carried forward, the right what it received: findings take the right as expected.
     */
    List<Identity> columnBalances() {
        List<Identity> out = new ArrayList<>();
        if (!present(TableId.T3)) return out;
        RowSpec fresh = row(RequestRows.NEW), carriedOver = row(RequestRows.CARRIED_OVER);
        RowSpec total = row(RequestRows.TOTAL), carriedForward = row(RequestRows.CARRIED_FORWARD);
        for (int i = 0; i < fresh.width(); i++) {
            out.add(new Identity("R1", List.of(total.cells().get(i).id(), carriedForward.cells().get(i).id()),
                    List.of(fresh.cells().get(i).id(), carriedOver.cells().get(i).id())));
        }
        return out;
    }

    /** R2, one per T3 row: 总计 = the six applicant columns. */
    List<Identity> rowTotals() {
        return present(TableId.T3) ? totals("R2", template.rows(TableId.T3)) : List.of();
    }

    /** R3, one per T3 column: （七）总计 = Σ outcome leaves. */
    List<Identity> outcomeTotals() {
        List<Identity> out = new ArrayList<>();
        if (!present(TableId.T3)) return out;
        RowSpec total = row(RequestRows.TOTAL);
        for (int i = 0; i < total.width(); i++) {
            out.add(new Identity("R3", List.of(total.cells().get(i).id()), outcomeCells(i)));
        }
        return out;
    }

    /** R4, one per T4 block: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
    List<Identity> appealTotals() {
        return present(TableId.T4) ? totals("R4", template.rows(TableId.T4)) : List.of();
    }

    private List<Identity> requestIdentities;
    private List<Identity> all;

    /** R1–R3. */
    List<Identity> requestIdentities() {
        if (requestIdentities == null) {
            List<Identity> ids = new ArrayList<>(columnBalances());
            ids.addAll(rowTotals());
            ids.addAll(outcomeTotals());
            requestIdentities = List.copyOf(ids);
        }
        return requestIdentities;
    }

    /** R1–R4. */
    List<Identity> all() {
        if (all == null) {
            List<Identity> ids = new ArrayList<>(requestIdentities());
            ids.addAll(appealTotals());
            all = List.copyOf(ids);
        }
        return all;
    }

    private List<Identity> totals(String rule, List<RowSpec> rows) {
        List<Identity> out = new ArrayList<>();
        for (RowSpec r : rows) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < r.width() - 1; i++) parts.add(r.cells().get(i).id());
            out.add(new Identity(rule, List.of(r.cells().get(r.width() - 1).id()), parts));
        }
        return out;
    }

    /**
     * The outcome cells of one T3 column. A report that printed （六）其他处理 in the other template's
     * shape (one row in a 2021 report, three in a 2019 one) has those values among the extra cells: they
     * stand in for the template's own （六） rows when those were not read, so R3 can still be checked.
     */
    private List<String> outcomeCells(int column) {
        Template other = otherTemplate();
        Set<String> ownIds = new HashSet<>();
        for (RowSpec r : template.outcomeRows()) ownIds.add(r.id());
        Set<String> otherIds = new HashSet<>();
        List<RowSpec> otherOnly = new ArrayList<>();
        if (other != null) {
            for (RowSpec r : other.outcomeRows()) {
                otherIds.add(r.id());
                if (!ownIds.contains(r.id())) otherOnly.add(r);
            }
        }
        List<String> ownOnly = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        for (RowSpec r : template.outcomeRows()) {
            String id = r.cells().get(column).id();
            if (otherIds.contains(r.id())) shared.add(id); else ownOnly.add(id);
        }
        boolean ownRead = ownOnly.stream().anyMatch(id -> operand(id).source() != Source.UNKNOWN);
        List<String> substitute = new ArrayList<>();
        for (RowSpec r : otherOnly) {
            String id = r.cells().get(column).id();
            if (report.extraCells().containsKey(id)) substitute.add(id);
        }
        List<String> out = new ArrayList<>(shared);
        out.addAll(!ownRead && !substitute.isEmpty() ? substitute : ownOnly);
        return out;
    }

    Template otherTemplate() {
        for (Template t : TemplateCatalogue.standard().templates()) if (!t.id().equals(template.id())) return t;
        return null;
    }

    RowSpec row(String id) {
        return template.row(id).orElseThrow(() -> new IllegalStateException("template " + template.id() + " has no row " + id));
    }

    // ------------------------------------------------------------------------------------------ evaluation

    Result evaluate(Identity identity) { return evaluate(identity, Map.of()); }

    /** Evaluates with some cells taken to hold other values (for repair hints); derived totals follow them. */
    Result evaluate(Identity identity, Map<String, BigDecimal> changed) {
        BigDecimal l = BigDecimal.ZERO, r = BigDecimal.ZERO;
        boolean growL = false, growR = false, byOrder = false;
        for (int side = 0; side < 2; side++) {
            for (String id : side == 0 ? identity.left() : identity.right()) {
                BigDecimal v = valueOf(id, changed);
                if (v == null) return new Result(identity, null, null, Outcome.UNCHECKABLE, false);
                boolean grow = mayGrow(id, changed);
                byOrder |= placedByOrder.contains(id);
                if (side == 0) { l = l.add(v); growL |= grow; } else { r = r.add(v); growR |= grow; }
            }
        }
        int cmp = l.compareTo(r);
        Outcome o;
        if (cmp == 0) o = Outcome.HOLDS;
        else if (cmp < 0 ? !growL : !growR) o = Outcome.BROKEN;
        else o = Outcome.BROKEN_UNLESS_BLANKS;
        return new Result(identity, l, r, o, byOrder);
    }

    /** True when every T3 and T4 identity holds with these changes. */
    boolean allHold(Map<String, BigDecimal> changed) {
        for (Identity i : all()) {
            Outcome o = evaluate(i, changed).outcome();
            if (o == Outcome.BROKEN || o == Outcome.BROKEN_UNLESS_BLANKS) return false;
        }
        return true;
    }

    BigDecimal valueOf(String id, Map<String, BigDecimal> changed) {
        BigDecimal c = changed.get(id);
        if (c != null) return c;
        Operand o = operand(id);
        if (o.source() == Source.UNKNOWN) {
            Cell extra = report.extraCells().get(id);
            return extra == null ? null : extra.value().number();
        }
        if (o.source() == Source.DERIVED && !changed.isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (String part : derivedFrom(id)) sum = sum.add(valueOf(part, changed));
            return sum;
        }
        return o.value();
    }

    private boolean mayGrow(String id, Map<String, BigDecimal> changed) {
        if (changed.containsKey(id)) return false;
        Operand o = operand(id);
        if (o.source() == Source.DERIVED && !changed.isEmpty()) {
            for (String part : derivedFrom(id)) if (mayGrow(part, changed)) return true;
            return false;
        }
        if (o.source() == Source.UNKNOWN) {
            Cell extra = report.extraCells().get(id);
            return extra != null && extra.value().isBlank();
        }
        return o.mayGrow();
    }

    boolean placedByOrder(String id) { return placedByOrder.contains(id); }

    // ------------------------------------------------------------------------------------------ resolving

    private void resolve(RowSpec row) {
        List<CellSpec> cells = row.cells();
        List<String> parts = new ArrayList<>();
        boolean unknown = false, grow = false, anyPrinted = false;
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < cells.size() - 1; i++) {
            Operand o = leaf(cells.get(i).id());
            operands.put(o.id(), o);
            parts.add(o.id());
            if (o.source() == Source.UNKNOWN) unknown = true;
            else sum = sum.add(o.value());
            grow |= o.mayGrow();
            anyPrinted |= o.source() == Source.PRINTED;
        }
        String totalId = cells.get(cells.size() - 1).id();
        Cell total = report.cells().get(totalId);
        Operand t;
        if (total != null && total.value().isNumber()) {
            t = new Operand(totalId, total.value().number(), Source.PRINTED, false);
        } else if (total != null && total.value().isBlank() && wasRead(total) && !unknown) {
            t = new Operand(totalId, sum, Source.DERIVED, grow);
            derivedFrom.put(totalId, List.copyOf(parts));
        } else {
            t = new Operand(totalId, null, Source.UNKNOWN, false);
        }
        operands.put(totalId, t);
    }

    private Operand leaf(String id) {
        Cell c = report.cells().get(id);
        if (c != null && c.value().isNumber()) return new Operand(id, c.value().number(), Source.PRINTED, false);
        if (c != null && c.value().isBlank() && wasRead(c)) return new Operand(id, BigDecimal.ZERO, Source.BLANK, true);
        return new Operand(id, null, Source.UNKNOWN, false);
    }

    /**
     * A blank cell with a source location was printed blank; one without was never found (its table or
     * row is missing, or the row printed fewer values than the template has).
     */
    static boolean wasRead(Cell c) {
        return c != null && (c.provenance() != null || !(c.value() instanceof CellValue.Blank));
    }

    /** The cells of a table, in template order. */
    List<String> cellIds(TableId t) {
        List<String> out = new ArrayList<>();
        for (RowSpec r : template.rows(t)) for (CellSpec c : r.cells()) out.add(c.id());
        return out;
    }
}
