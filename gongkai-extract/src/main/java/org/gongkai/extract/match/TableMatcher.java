package org.gongkai.extract.match;

import org.gongkai.core.report.Cell;
import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Provenance;
import org.gongkai.core.report.Severity;
import org.gongkai.core.report.ValueToken;
import org.gongkai.core.template.CellKind;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.RowSpec;
import org.gongkai.core.template.TableId;
import org.gongkai.core.template.Template;
import org.gongkai.core.text.LabelKey;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places the values of table rows into template cells. A row is anchored by its label, wherever the
 * label sits in the row and whichever layout the reader saw; its values are the cells after the label.
 * When a row prints more cells than the template has, blank cells left over from merged label columns
 * are dropped; when it prints fewer, values are aligned to the columns of the complete rows of the same
 * table, or placed by order with a reading finding that says so.
 */
final class TableMatcher {
    private static final List<String> T4_BLOCKS = List.of("appeals.review", "appeals.suit_direct", "appeals.suit_after_review");
    private static final List<String> T4_LABELS = List.of("行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果",
            "尚未审结", "未经复议直接起诉", "复议后起诉", "总计", "维持", "纠正");

    /** A cell as the matcher sees it. */
    record C(String raw, String text, String key, Provenance where, int table, double position, ValueToken token) {
        C(String raw, String text, String key, Provenance where, int table, double position) {
            this(raw, text, key, where, table, position, ValueToken.parse(text));
        }

        boolean valueLike() { return !(token.value() instanceof CellValue.Text); }

        boolean blank() { return token.value().isBlank(); }
    }

    /** A row of cells with the index of the layout table it belongs to. */
    record Row(List<C> cells, int table) {}

    private record Segment(RowSpec spec, boolean foreign, C label, List<C> values, int table) {}

    private final Template template;
    private final LabelIndex labels;
    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private final Map<String, Cell> extra = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Set<TableId> found = EnumSet.noneOf(TableId.class);
    private final Map<String, Integer> rowsFound = new HashMap<>();

    TableMatcher(Template template, Template other) {
        this.template = template;
        this.labels = new LabelIndex(template, other);
    }

    Map<String, Cell> cells() { return cells; }

    Map<String, Cell> extraCells() { return extra; }

    List<Finding> findings() { return findings; }

    Set<TableId> tablesFound() { return found; }

    void match(List<Row> rows) {
        List<Segment> segments = segments(rows);
        Map<Integer, Map<Integer, double[]>> anchors = anchors(segments);
        for (Segment s : segments) place(s, anchors.getOrDefault(columnsKey(s), Map.of()).get(s.spec.width()));
        matchAppeals(rows);
        reportMissingRows();
    }

    // ------------------------------------------------------------------------------------------ T2 and T3

    private List<Segment> segments(List<Row> rows) {
        List<Segment> out = new ArrayList<>();
        Segment pending = null;
        int idle = 0;
        for (Row row : rows) {
            List<C> cs = mergeEnumerators(row.cells);
            List<Segment> segs = split(cs, row.table);
            boolean anyLabel = false;
            for (C c : cs) if (!c.valueLike() && labels.isLabel(c.key)) { anyLabel = true; break; }
            boolean anyMatched = segs.stream().anyMatch(s -> s.spec != null);
            if (!anyMatched && pending != null && !anyLabel) {
                // the label stood on a line of its own (wrapped label, one cell per row): its values follow
                for (C c : cs) if (c.valueLike()) pending.values.add(c);
                if (pending.values.size() >= pending.spec.width()) { out.add(pending); pending = null; }
                continue;
            }
            if (pending != null && (anyLabel || ++idle > 3)) {
                if (!pending.values.isEmpty()) out.add(pending);
                pending = null;
            }
            for (Segment s : segs) {
                if (s.spec == null) continue;
                if (s.foreign && s.spec.caption().equals(SUBTOTAL)) {
                    // a group label is a merged cell, not a row; only a report that adds a subtotal row prints values beside it
                    if (s.values.stream().anyMatch(v -> !v.blank())) out.add(s);
                    continue;
                }
                if (pending != null) { if (!pending.values.isEmpty()) out.add(pending); pending = null; }
                if (s.values.isEmpty()) { pending = s; idle = 0; } else out.add(s);
            }
        }
        if (pending != null && !pending.values.isEmpty()) out.add(pending);
        return out;
    }

    /** Splits a row at its label cells: each label with the cells up to the next label. */
    private List<Segment> split(List<C> cs, int table) {
        List<Segment> out = new ArrayList<>();
        Segment cur = new Segment(null, false, null, new ArrayList<>(), table);
        for (C c : cs) {
            if (c.valueLike()) { cur.values.add(c); continue; }
            RowSpec spec = labels.row(c.key);
            boolean foreign = false;
            if (spec == null) { spec = labels.otherRow(c.key); foreign = spec != null; }
            if (spec == null && labels.group(c.key) != null) { spec = subtotalRow(labels.group(c.key)); foreign = true; }
            if (spec == null && !labels.isLabel(c.key)) {
                spec = labels.approximateRow(c.key);
                if (spec != null) {
                    findings.add(Finding.reading("label-approximate", Severity.INFO, ids(spec),
                            "行标签「" + c.raw.strip() + "」与模板不完全一致，按「" + spec.label() + "」读取（" + describe(c) + "）"));
                }
            }
            if (spec == null && !labels.isLabel(c.key) && cur.spec != null && cur.values.size() < cur.spec.width()) {
                cur.values.add(c); // text where a number belongs: kept, and the rules will say so
                continue;
            }
            out.add(cur);
            cur = new Segment(spec, foreign, c, new ArrayList<>(), table);
        }
        out.add(cur);
        return out;
    }

    private static final String SUBTOTAL = "subtotal";
    private final Map<String, RowSpec> subtotals = new HashMap<>();

    /**
     * A subtotal row some reports add under a T3 group (「（三）不予公开」 with values): not a template row, so
     * its values go to the extra cells as {@code requests.withheld.natural} …, where the rules can check them
     * against the group's leaves.
     */
    private RowSpec subtotalRow(String groupId) {
        return subtotals.computeIfAbsent(groupId, g -> {
            RowSpec leaf = template.rows(TableId.T3).stream().filter(r -> r.id().startsWith(g + ".")).findFirst().orElseThrow();
            String label = leaf.cells().get(0).group();
            List<CellSpec> cs = new ArrayList<>();
            for (CellSpec c : leaf.cells()) {
                cs.add(new CellSpec(g + "." + c.columnId(), TableId.T3, label, label, c.columnLabel(), c.kind(), g, c.columnId()));
            }
            return new RowSpec(g, TableId.T3, SUBTOTAL, label, List.of(), cs);
        });
    }

    /** 「(六)」 and 「其他处理」 in two cells are one label. */
    private static List<C> mergeEnumerators(List<C> cs) {
        List<C> out = new ArrayList<>(cs.size());
        for (int i = 0; i < cs.size(); i++) {
            C c = cs.get(i);
            if (LabelKey.isBareEnumerator(c.key) && !c.valueLike() && i + 1 < cs.size() && !cs.get(i + 1).valueLike()) {
                C n = cs.get(i + 1);
                out.add(new C(c.raw + n.raw, c.text + n.text, c.key + n.key, n.where, n.table, n.position));
                i++;
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** Columns line up within one table on one page; a table continued on the next page may shift. */
    private static int columnsKey(Segment s) {
        Integer page = s.values.isEmpty() ? null : s.values.get(0).where.page();
        return s.table * 10_000 + (page == null ? 0 : page);
    }

    /** Column positions of the complete rows of each table, by row width: to align rows that print fewer values. */
    private static Map<Integer, Map<Integer, double[]>> anchors(List<Segment> segments) {
        Map<Integer, Map<Integer, List<double[]>>> seen = new HashMap<>();
        for (Segment s : segments) {
            int w = s.spec.width();
            if (s.values.size() != w || w < 2) continue;
            double[] pos = new double[w];
            boolean ok = true;
            for (int i = 0; i < w; i++) {
                pos[i] = s.values.get(i).position;
                if (Double.isNaN(pos[i])) ok = false;
            }
            if (ok) seen.computeIfAbsent(columnsKey(s), k -> new HashMap<>()).computeIfAbsent(w, k -> new ArrayList<>()).add(pos);
        }
        Map<Integer, Map<Integer, double[]>> out = new HashMap<>();
        seen.forEach((table, byWidth) -> byWidth.forEach((w, list) -> {
            double[] avg = new double[w];
            for (double[] p : list) for (int i = 0; i < w; i++) avg[i] += p[i] / list.size();
            out.computeIfAbsent(table, k -> new HashMap<>()).put(w, avg);
        }));
        return out;
    }

    private void place(Segment s, double[] anchor) {
        RowSpec spec = s.spec;
        String rowId = spec.id();
        if (!s.foreign && rowsFound.containsKey(rowId)) {
            findings.add(Finding.reading("duplicate-row", Severity.INFO, List.of(),
                    "「" + spec.label() + "」一行出现两次，只读取第一次（" + describe(s.label) + "）"));
            return;
        }
        int w = spec.width();
        List<C> vals = fit(s, w, anchor);
        List<CellSpec> specs = spec.cells();
        for (int i = 0; i < w; i++) {
            C c = vals.get(i);
            CellSpec cs = specs.get(i);
            Cell cell;
            if (c == null) {
                cell = new Cell(cs.id(), CellValue.BLANK, null, null, null);
            } else {
                ValueToken t = c.token();
                String unit = cs.kind() == CellKind.AMOUNT ? t.unit() : null;
                cell = new Cell(cs.id(), t.value(), c.raw.strip(), unit, c.where.withText(c.raw));
                if (t.nil()) {
                    findings.add(Finding.reading("nil-token", Severity.WARNING, List.of(cs.id()),
                            cs.displayName() + "：印作「" + c.raw.strip() + "」，按 0 读取"));
                }
            }
            if (s.foreign) extra.put(cs.id(), cell); else cells.put(cs.id(), cell);
        }
        if (s.foreign) {
            findings.add(Finding.reading("non-template-row", Severity.WARNING,
                    specs.stream().map(CellSpec::id).toList(),
                    "「" + spec.label() + "」不是" + template.id() + "年版模板的行（" + describe(s.label) + "），其数值另行保存"));
        } else {
            rowsFound.put(rowId, 1);
            found.add(spec.table());
        }
    }

    /** The values of a row, exactly w of them (null where none was printed). */
    private List<C> fit(Segment s, int w, double[] anchor) {
        List<C> vals = new ArrayList<>(s.values);
        String label = s.spec.label();
        if (vals.size() > w) {
            boolean leadingFirst = s.spec.table() != TableId.T2;
            while (vals.size() > w) {
                boolean head = vals.get(0).blank();
                boolean tail = vals.get(vals.size() - 1).blank();
                if (leadingFirst ? head : head && !tail) vals.remove(0);
                else if (tail) vals.remove(vals.size() - 1);
                else if (head) vals.remove(0);
                else break;
            }
            if (vals.size() > w) {
                findings.add(Finding.reading("extra-values", Severity.WARNING, ids(s.spec),
                        "「" + label + "」印有 " + vals.size() + " 个数值，模板只有 " + w + " 列：只读取前 " + w + " 个（" + describe(s.label) + "）"));
                vals = new ArrayList<>(vals.subList(0, w));
            }
        }
        if (vals.size() < w) {
            List<C> aligned = anchor == null ? null : align(vals, anchor);
            if (aligned != null) {
                findings.add(Finding.reading("values-aligned", Severity.INFO, ids(s.spec),
                        "「" + label + "」只印有 " + vals.size() + " 个数值，按列位置对齐，未印的单元格为空（" + describe(s.label) + "）"));
                return aligned;
            }
            findings.add(Finding.reading("values-by-order", Severity.WARNING, ids(s.spec),
                    "「" + label + "」只印有 " + vals.size() + " 个数值（模板 " + w + " 列），按顺序放入前 " + vals.size()
                            + " 列，其余为空（" + describe(s.label) + "）"));
            while (vals.size() < w) vals.add(null);
        }
        return vals;
    }

    /**
     * Assigns each value to the nearest free column anchor, keeping their order; null when a value sits
     * farther than half a column from every anchor it could take, so that a guess is never passed off
     * as an alignment.
     */
    private static List<C> align(List<C> vals, double[] anchor) {
        double spacing = Double.MAX_VALUE;
        for (int i = 1; i < anchor.length; i++) spacing = Math.min(spacing, Math.abs(anchor[i] - anchor[i - 1]));
        List<C> out = new ArrayList<>();
        for (int i = 0; i < anchor.length; i++) out.add(null);
        int next = 0;
        for (int k = 0; k < vals.size(); k++) {
            C v = vals.get(k);
            if (Double.isNaN(v.position)) return null;
            int last = anchor.length - (vals.size() - k);
            int best = -1;
            double bestD = Double.MAX_VALUE;
            for (int i = next; i <= last; i++) {
                double d = Math.abs(anchor[i] - v.position);
                if (d < bestD) { bestD = d; best = i; }
            }
            if (best < 0 || bestD > spacing / 2) return null;
            out.set(best, v);
            next = best + 1;
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ T4

    /** T4 has no row label: its values are the first label-free row(s) after its header. */
    private void matchAppeals(List<Row> rows) {
        int header = -1;
        for (int r = 0; r < rows.size() && header < 0; r++) {
            for (C c : rows.get(r).cells) {
                if (c.key.contains("行政复议") && !c.key.contains("本列数据")) { header = r; break; }
            }
        }
        if (header < 0) return;
        List<C> values = new ArrayList<>();
        C first = null;
        for (int r = header; r < rows.size() && values.size() < 15; r++) {
            List<C> cs = rows.get(r).cells;
            int lastLabel = -1;
            for (int i = 0; i < cs.size(); i++) {
                C c = cs.get(i);
                if (!c.valueLike() && (T4_LABELS.stream().anyMatch(c.key::contains) || labels.isLabel(c.key))) lastLabel = i;
            }
            if (lastLabel >= 0 && !values.isEmpty()) break; // the next table begins
            List<C> tail = cs.subList(lastLabel + 1, cs.size());
            boolean anyNumber = false;
            for (C c : tail) if (c.valueLike() && !c.blank()) anyNumber = true;
            if (!anyNumber && values.isEmpty()) continue;
            for (C c : tail) {
                if (!c.valueLike()) continue;
                if (first == null) first = c;
                values.add(c);
            }
        }
        if (values.isEmpty()) return;
        while (values.size() > 15 && values.get(0).blank()) values.remove(0);
        while (values.size() > 15 && values.get(values.size() - 1).blank()) values.remove(values.size() - 1);
        List<String> ids = new ArrayList<>();
        for (String b : T4_BLOCKS) template.row(b).ifPresent(r -> r.cells().forEach(c -> ids.add(c.id())));
        if (values.size() != 15) {
            findings.add(Finding.reading(values.size() > 15 ? "extra-values" : "values-by-order", Severity.WARNING, ids,
                    "行政复议、行政诉讼表印有 " + values.size() + " 个数值（模板 15 列），按顺序读取（" + describe(first) + "）"));
        }
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (i >= values.size()) { cells.put(id, Cell.missing(id)); continue; }
            C c = values.get(i);
            cells.put(id, new Cell(id, c.token().value(), c.raw.strip(), null, c.where.withText(c.raw)));
        }
        found.add(TableId.T4);
    }

    // --------------------------------------------------------------------------------------------- gaps

    private void reportMissingRows() {
        for (TableId t : List.of(TableId.T2, TableId.T3)) {
            if (!found.contains(t)) continue;
            List<String> missing = new ArrayList<>();
            List<String> missingIds = new ArrayList<>();
            for (RowSpec r : template.rows(t)) {
                if (!rowsFound.containsKey(r.id())) {
                    missing.add(r.label());
                    r.cells().forEach(c -> missingIds.add(c.id()));
                }
            }
            if (!missing.isEmpty()) {
                findings.add(Finding.reading("rows-missing", Severity.WARNING, missingIds,
                        t.title() + "表中未找到以下行：" + String.join("、", missing)));
            }
        }
    }

    private static List<String> ids(RowSpec r) { return r.cells().stream().map(CellSpec::id).toList(); }

    private static String describe(C c) {
        if (c == null || c.where == null) return "位置不明";
        String d = c.where.describe();
        return d.isEmpty() ? "位置不明" : d;
    }
}
