package org.gongkai.extract.match;

import org.gongkai.core.report.Cell;
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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads tables that lost their structure: a page whose cells were flattened into running text, values
 * run together with no separator (「行政许可2293」「一、本年新收政府信息公开申请数量640020470」). Rows are
 * found by their labels in template order; each row's run of digits is cut into the template's number of
 * values, and a cut is taken only when it is the one cut that satisfies the template's arithmetic (a T3
 * row's 总计 is the sum of its applicants, a T4 block's 总计 the sum of its results). Where no cut or
 * several cuts fit, the cells stay blank and a reading finding shows what was printed.
 */
final class FlatTextMatcher {
    private static final int MAX_SOLUTIONS = 5000;
    private static final int SEARCH_WINDOW = 600;

    private final Template template;
    private final Map<String, Cell> cells = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Set<TableId> found = EnumSet.noneOf(TableId.class);

    private KeyedText doc;
    private int[] paragraphStart;
    private List<Provenance> where;

    FlatTextMatcher(Template template) { this.template = template; }

    Map<String, Cell> cells() { return cells; }

    List<Finding> findings() { return findings; }

    Set<TableId> tablesFound() { return found; }

    /** @param paragraphs normalised paragraph texts; @param where their provenance; @param wanted tables to look for */
    void match(List<String> paragraphs, List<Provenance> where, Set<TableId> wanted) {
        this.where = where;
        StringBuilder sb = new StringBuilder();
        paragraphStart = new int[paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            paragraphStart[i] = sb.length();
            sb.append(paragraphs.get(i)).append('\n');
        }
        doc = KeyedText.of(sb.toString());
        int afterT3 = 0;
        if (wanted.contains(TableId.T2)) {
            int from = doc.key().indexOf(LabelKey.of("第二十条第（一）项"));
            if (from >= 0) rows(TableId.T2, from, 3);
        }
        if (wanted.contains(TableId.T3)) afterT3 = rows(TableId.T3, 0, 5);
        if (wanted.contains(TableId.T4)) appeals(afterT3);
    }

    private record Run(String raw, int textStart, int keyEnd) {}

    /** A row found in the text: its label, its run of digits and the cuts of the run that fit. */
    private record RowRead(RowSpec row, Run run, List<List<String>> fits, int cuts) {}

    /** Reads the rows of one table; returns the key position after the last row read. */
    private int rows(TableId table, int from, int minimumRows) {
        List<RowRead> reads = new ArrayList<>();
        int pos = from;
        for (RowSpec row : template.rows(table)) {
            // the first row may stand anywhere after the start; each next row follows closely
            int[] hit = findLabel(row, pos, reads.isEmpty() ? Integer.MAX_VALUE / 2 : SEARCH_WINDOW);
            if (hit == null) continue;
            Run run = run(hit[1]);
            if (run == null) continue;
            pos = run.keyEnd;
            Predicate<List<String>> arithmetic = table == TableId.T3 ? FlatTextMatcher::rowTotalHolds : v -> true;
            List<List<String>> all = cuts(row.cells(), run);
            reads.add(new RowRead(row, run, all.size() == 1 ? all : all.stream().filter(arithmetic).toList(), all.size()));
        }
        if (reads.size() < minimumRows) return from;
        List<String> chosenByColumns = table == TableId.T3 ? settleByColumns(reads) : List.of();
        for (RowRead r : reads) {
            place(r.row.cells(), r.row.label(), r.run, r.fits, r.cuts, chosenByColumns.contains(r.row.id()));
        }
        found.add(table);
        findings.add(Finding.reading("flattened-table", Severity.INFO, List.of(),
                table.title() + "表的单元格结构在原文中已丢失（数值与标签连排），按标签顺序和模板勾稽关系读取"));
        return pos;
    }

    /**
     * Rows whose run can be cut several ways that each balance the row: try the combinations against the
     * columns (一 + 二 = （七） + 四, and （七） = the sum of the outcome rows); when exactly one combination
     * balances every column, it is the reading. Returns the ids of the rows so settled.
     */
    private List<String> settleByColumns(List<RowRead> reads) {
        List<Integer> open = new ArrayList<>();
        long combinations = 1;
        for (int i = 0; i < reads.size(); i++) {
            int n = reads.get(i).fits.size();
            if (n > 1) { open.add(i); combinations *= n; }
        }
        if (open.isEmpty() || combinations > 20_000) return List.of();
        List<int[]> good = new ArrayList<>();
        int[] choice = new int[open.size()];
        while (true) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (int i = 0; i < reads.size(); i++) {
                RowRead r = reads.get(i);
                int o = open.indexOf(i);
                if (o >= 0) values.put(r.row.id(), r.fits.get(choice[o]));
                else if (r.fits.size() == 1) values.put(r.row.id(), r.fits.get(0));
            }
            if (columnsBalance(values)) good.add(choice.clone());
            int k = 0;
            while (k < choice.length && ++choice[k] == reads.get(open.get(k)).fits.size()) choice[k++] = 0;
            if (k == choice.length) break;
        }
        if (good.size() != 1) return List.of();
        List<String> settled = new ArrayList<>();
        for (int o = 0; o < open.size(); o++) {
            int i = open.get(o);
            RowRead r = reads.get(i);
            reads.set(i, new RowRead(r.row, r.run, List.of(r.fits.get(good.get(0)[o])), r.cuts));
            settled.add(r.row.id());
        }
        return settled;
    }

    /** R1 and R3 on every column where all the rows they need were read. */
    private boolean columnsBalance(Map<String, List<String>> values) {
        List<String> total = values.get("requests.total");
        if (total == null) return false;
        for (RowSpec leaf : template.outcomeRows()) if (!values.containsKey(leaf.id())) return false;
        for (int c = 0; c < 7; c++) {
            BigDecimal leaves = BigDecimal.ZERO;
            for (RowSpec leaf : template.outcomeRows()) leaves = leaves.add(new BigDecimal(values.get(leaf.id()).get(c)));
            if (leaves.compareTo(new BigDecimal(total.get(c))) != 0) return false;
            List<String> in = values.get("requests.new"), carried = values.get("requests.carried_over"),
                    out = values.get("requests.carried_forward");
            if (in != null && carried != null && out != null) {
                BigDecimal left = new BigDecimal(in.get(c)).add(new BigDecimal(carried.get(c)));
                BigDecimal right = new BigDecimal(total.get(c)).add(new BigDecimal(out.get(c)));
                if (left.compareTo(right) != 0) return false;
            }
        }
        return true;
    }

    private void appeals(int from) {
        String key = doc.key();
        // the table's header, not the many sentences that name 行政复议: its column labels follow at once
        int header = key.indexOf("行政复议", from);
        while (header >= 0 && !key.substring(header, Math.min(key.length(), header + 40)).contains("结果维持")) {
            header = key.indexOf("行政复议", header + 1);
        }
        if (header < 0) return;
        int digit = -1;
        for (int k = header; k < key.length() && k < header + SEARCH_WINDOW; k++) {
            if (Character.isDigit(key.charAt(k))) { digit = k; break; }
        }
        if (digit < 0) return;
        Run run = run(digit);
        if (run == null) return;
        List<CellSpec> specs = new ArrayList<>();
        for (String block : List.of("appeals.review", "appeals.suit_direct", "appeals.suit_after_review")) {
            specs.addAll(template.row(block).orElseThrow().cells());
        }
        List<List<String>> all = cuts(specs, run);
        List<List<String>> fits = all.size() == 1 ? all : all.stream().filter(FlatTextMatcher::blockTotalsHold).toList();
        place(specs, "行政复议、行政诉讼", run, fits, all.size(), false);
        found.add(TableId.T4);
    }

    /** The key range of the row's label at or after pos, when a run of digits follows it; null otherwise. */
    private int[] findLabel(RowSpec row, int pos, int window) {
        String key = doc.key();
        List<String> candidates = new ArrayList<>();
        candidates.add(LabelKey.withoutEnumerator(LabelKey.of(row.label())));
        for (String a : row.aliases()) candidates.add(a.startsWith("=") ? a.substring(1) : a);
        int bestStart = -1, bestEnd = -1;
        for (String c : candidates) {
            int i = key.indexOf(c, pos);
            while (i >= 0 && i < pos + window) {
                int end = i + c.length();
                if (end < key.length() && (Character.isDigit(key.charAt(end)) || key.charAt(end) == '-' || key.charAt(end) == '+')) {
                    if (bestStart < 0 || i < bestStart || i == bestStart && end > bestEnd) { bestStart = i; bestEnd = end; }
                    break;
                }
                i = key.indexOf(c, i + 1);
            }
        }
        return bestStart < 0 ? null : new int[]{bestStart, bestEnd};
    }

    /** The run of digits (and spaces, signs, decimal points) starting at a key position. */
    private Run run(int keyStart) {
        String text = doc.text();
        int start = doc.textIndex(keyStart);
        int end = start;
        while (end < text.length() && "0123456789.+- \u3000\t".indexOf(text.charAt(end)) >= 0) end++;
        String raw = text.substring(start, end);
        // the next row's leaf number sticks to the run: 「…10000016.属于…」
        if (end < text.length() && raw.length() > 1 && (raw.endsWith(".") || text.charAt(end) == '、')) {
            int cut = raw.length() - (raw.endsWith(".") ? 1 : 0);
            if (cut > 0 && Character.isDigit(raw.charAt(cut - 1))) raw = raw.substring(0, cut - 1);
        }
        raw = raw.strip();
        if (raw.isEmpty()) return null;
        return new Run(raw, start, doc.keyIndexAt(start + raw.length()));
    }

    /** Every cut of the run into as many values as the cells (bounded). */
    private static List<List<String>> cuts(List<CellSpec> specs, Run run) {
        boolean decimals = specs.stream().anyMatch(s -> s.kind() == CellKind.AMOUNT);
        boolean signs = specs.stream().anyMatch(s -> s.kind() == CellKind.DELTA);
        List<List<String>> all = new ArrayList<>();
        cut(groups(run.raw), 0, 0, specs.size(), decimals, signs, new ArrayList<>(), all);
        return all;
    }

    private void place(List<CellSpec> specs, String label, Run run, List<List<String>> fits, int cuts, boolean byColumns) {
        int w = specs.size();
        List<String> ids = specs.stream().map(CellSpec::id).toList();
        Provenance at = provenanceAt(run);
        if (fits.size() != 1) {
            findings.add(Finding.reading("values-run-together", Severity.WARNING, ids,
                    "「" + label + "」的数值连在一起印作「" + run.raw + "」，" + (fits.isEmpty()
                            ? "拆不出符合模板的 " + w + " 个数" : "有 " + fits.size() + (cuts >= MAX_SOLUTIONS ? "+" : "")
                            + " 种拆法都符合模板") + "，单元格留空（" + at.describe() + "）"));
            return;
        }
        List<String> values = fits.get(0);
        if (w > 1 && digits(run.raw) > w) {
            findings.add(Finding.reading("values-split", Severity.INFO, ids,
                    "「" + label + "」的数值连在一起印作「" + run.raw + "」，" + (byColumns ? "按行和列的勾稽关系" : "按模板勾稽关系")
                            + "唯一的拆法是 " + String.join(" / ", values) + "（" + at.describe() + "）"));
        }
        for (int i = 0; i < w; i++) {
            CellSpec spec = specs.get(i);
            ValueToken t = ValueToken.parse(values.get(i));
            cells.put(spec.id(), new Cell(spec.id(), t.value(), values.get(i), null, at));
        }
    }

    private Provenance provenanceAt(Run run) {
        int p = 0;
        while (p + 1 < paragraphStart.length && paragraphStart[p + 1] <= run.textStart) p++;
        Provenance base = where.get(p);
        return new Provenance(base.page(), base.line(), base.table(), base.row(), base.column(), base.box(), run.raw);
    }

    /** Whitespace separates values for certain; a sign inside a group starts a new value. */
    private static List<String> groups(String raw) {
        List<String> out = new ArrayList<>();
        for (String g : raw.split("[\\s\u3000]+")) {
            int start = 0;
            for (int i = 1; i < g.length(); i++) {
                if (g.charAt(i) == '-' || g.charAt(i) == '+') { out.add(g.substring(start, i)); start = i; }
            }
            if (start < g.length()) out.add(g.substring(start));
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /** Every way to cut the groups into exactly w values (bounded). */
    private static void cut(List<String> groups, int g, int at, int w, boolean decimals, boolean signs,
                            List<String> acc, List<List<String>> out) {
        if (out.size() >= MAX_SOLUTIONS) return;
        if (g == groups.size()) {
            if (acc.size() == w) out.add(List.copyOf(acc));
            return;
        }
        String group = groups.get(g);
        if (acc.size() >= w) return;
        for (int end = at + 1; end <= group.length(); end++) {
            String piece = group.substring(at, end);
            if (!valid(piece, decimals, signs)) continue;
            acc.add(piece);
            if (end == group.length()) cut(groups, g + 1, 0, w, decimals, signs, acc, out);
            else cut(groups, g, end, w, decimals, signs, acc, out);
            acc.remove(acc.size() - 1);
        }
    }

    private static boolean valid(String piece, boolean decimals, boolean signs) {
        String p = piece;
        if (p.startsWith("-") || p.startsWith("+")) {
            if (!signs) return false;
            p = p.substring(1);
        }
        if (p.isEmpty() || p.startsWith(".") || p.endsWith(".")) return false;
        int dot = p.indexOf('.');
        if (dot >= 0 && (!decimals || p.indexOf('.', dot + 1) >= 0)) return false;
        String whole = dot < 0 ? p : p.substring(0, dot);
        for (int i = 0; i < p.length(); i++) if (p.charAt(i) != '.' && !Character.isDigit(p.charAt(i))) return false;
        return whole.equals("0") || !whole.startsWith("0");
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) n++;
        return n;
    }

    /** T3: 总计 equals the sum of the six applicant columns. */
    private static boolean rowTotalHolds(List<String> v) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 6; i++) sum = sum.add(new BigDecimal(v.get(i)));
        return sum.compareTo(new BigDecimal(v.get(6))) == 0;
    }

    /** T4: each block's 总计 equals the sum of its four results. */
    private static boolean blockTotalsHold(List<String> v) {
        for (int b = 0; b < 3; b++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < 4; i++) sum = sum.add(new BigDecimal(v.get(b * 5 + i)));
            if (sum.compareTo(new BigDecimal(v.get(b * 5 + 4))) != 0) return false;
        }
        return true;
    }
}
