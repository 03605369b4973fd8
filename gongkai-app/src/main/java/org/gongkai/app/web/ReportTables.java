package org.gongkai.app.web;

import org.gongkai.core.report.Cell;
import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Provenance;
import org.gongkai.core.report.Report;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.RowSpec;
import org.gongkai.core.template.TableId;
import org.gongkai.core.template.Template;
import org.gongkai.store.StoredFinding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays the three tables out as the template prints them, with every value cell carrying its cell id, where it
 * was read and the findings on it, so the page can show the source when a cell is clicked.
 */
final class ReportTables {
    /** One printed table. */
    record Table(String id, String title, List<List<Td>> rows) {}

    /**
     * One table cell. For a value cell: {@code cell} is its id, {@code findings} the numbers of the findings
     * on it (space-separated, as the page's script reads them), {@code severity} the worst of them.
     */
    record Td(String text, int colspan, int rowspan, String role, String cell, String name, String where,
              String source, String raw, String findings, String severity) {
        static Td label(String text, int colspan, int rowspan, String role) {
            return new Td(text, colspan, rowspan, role, null, null, null, null, null, null, null);
        }
    }

    /** Lines either side of the line a value was read from, when the document is text. */
    static final int CONTEXT = 3;

    private ReportTables() {}

    static List<Table> of(Report r, Template t, List<StoredFinding> findings) { return of(r, t, findings, null); }

    /**
     * @param lines the document's text lines when it is text (so a cell's source shows its neighbours), else null
     */
    static List<Table> of(Report r, Template t, List<StoredFinding> findings, List<String> lines) {
        Map<String, List<Integer>> onCell = new LinkedHashMap<>();
        Map<String, String> worst = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            StoredFinding f = findings.get(i);
            for (String c : f.finding().cells()) {
                onCell.computeIfAbsent(c, k -> new ArrayList<>()).add(i + 1);
                String sev = f.finding().severity().id();
                worst.merge(c, sev, (a, b) -> rank(a) <= rank(b) ? a : b);
            }
        }
        Builder b = new Builder(r, onCell, worst, lines);
        return List.of(b.proactive(t), b.requests(t), b.appeals(t));
    }

    private static int rank(String severity) {
        return switch (severity) { case "error" -> 0; case "warning" -> 1; default -> 2; };
    }

    /** 「4」, 「减60」 as printed, 「22.36万元」: what a value cell shows. */
    static String print(Cell c) {
        if (c == null) return "";
        CellValue v = c.value();
        if (v instanceof CellValue.Number n) {
            if (c.raw() != null && !c.raw().isBlank()) return c.raw();
            String s = n.value().toPlainString();
            return c.unit() == null ? s : s + c.unit();
        }
        if (v instanceof CellValue.Text text) return text.text();
        return "";
    }

    private record Builder(Report r, Map<String, List<Integer>> onCell, Map<String, String> worst, List<String> lines) {

        Td value(CellSpec spec, int colspan) {
            Cell c = r.cell(spec.id()).orElse(null);
            Provenance p = c == null ? null : c.provenance();
            List<Integer> fs = onCell.getOrDefault(spec.id(), List.of());
            StringBuilder ids = new StringBuilder();
            for (Integer i : fs) ids.append(ids.length() == 0 ? "" : " ").append(i);
            return new Td(print(c), colspan, 1, "value", spec.id(), spec.displayName(),
                    p == null ? "" : p.describe(), excerpt(p),
                    c == null || c.raw() == null ? "" : c.raw(), ids.toString(), worst.get(spec.id()));
        }

        /** The line read, marked ▶, with its neighbours; or the cell's text where there are no lines. */
        String excerpt(Provenance p) {
            if (p == null) return "";
            if (lines == null || p.line() == null || p.page() != null || p.line() < 1 || p.line() > lines.size()) {
                return p.text() == null ? "" : p.text();
            }
            StringBuilder sb = new StringBuilder();
            int from = Math.max(1, p.line() - CONTEXT);
            int to = Math.min(lines.size(), p.line() + CONTEXT);
            for (int i = from; i <= to; i++) {
                sb.append(i == p.line() ? "▶ " : "  ").append(i).append("  ").append(lines.get(i - 1).strip()).append('\n');
            }
            return sb.toString();
        }

        Table proactive(Template t) {
            List<RowSpec> rows = t.rows(TableId.T2);
            int width = 1 + rows.stream().mapToInt(RowSpec::width).max().orElse(1);
            List<List<Td>> out = new ArrayList<>();
            String caption = null;
            for (RowSpec row : rows) {
                String g = row.cells().get(0).group();
                if (!g.equals(caption)) {
                    caption = g;
                    out.add(List.of(Td.label(g, width, 1, "caption")));
                    List<Td> header = new ArrayList<>();
                    header.add(Td.label("信息内容", 1, 1, "header"));
                    addSpread(header, row.cells().stream().map(CellSpec::columnLabel).toList(), width - 1, "header");
                    out.add(header);
                }
                List<Td> tr = new ArrayList<>();
                tr.add(Td.label(row.label(), 1, 1, "label"));
                for (int i = 0; i < row.cells().size(); i++) {
                    boolean last = i == row.cells().size() - 1;
                    tr.add(value(row.cells().get(i), last ? width - 1 - i : 1));
                }
                out.add(tr);
            }
            return new Table("T2", "二、主动公开政府信息情况", out);
        }

        Table requests(Template t) {
            List<RowSpec> rows = t.rows(TableId.T3);
            List<String> columns = columnLabels(rows);
            int n = columns.size();
            List<List<Td>> out = new ArrayList<>();
            List<Td> header = new ArrayList<>();
            header.add(Td.label("本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和", 2, 1, "note"));
            for (String c : columns) header.add(Td.label(c, 1, 1, "header"));
            out.add(header);
            for (int i = 0; i < rows.size(); i++) {
                RowSpec row = rows.get(i);
                String g = row.cells().get(0).group();
                List<Td> tr = new ArrayList<>();
                if (g.isEmpty()) {
                    tr.add(Td.label(row.label(), 2, 1, "label"));
                } else {
                    boolean first = i == 0 || !rows.get(i - 1).cells().get(0).group().equals(g);
                    if (first) {
                        int span = 1;
                        while (i + span < rows.size() && rows.get(i + span).cells().get(0).group().equals(g)) span++;
                        tr.add(Td.label(g, 1, span, "group"));
                    }
                    tr.add(Td.label(row.label(), 1, 1, "label"));
                }
                for (int k = 0; k < n; k++) {
                    if (k < row.cells().size()) tr.add(value(row.cells().get(k), k == row.cells().size() - 1 ? n - k : 1));
                }
                out.add(tr);
            }
            return new Table("T3", "三、收到和处理政府信息公开申请情况", out);
        }

        private static List<String> columnLabels(List<RowSpec> rows) {
            RowSpec widest = rows.get(0);
            for (RowSpec r : rows) if (r.width() > widest.width()) widest = r;
            return widest.cells().stream().map(CellSpec::columnLabel).toList();
        }

        Table appeals(Template t) {
            List<CellSpec> cells = new ArrayList<>();
            for (RowSpec row : t.rows(TableId.T4)) cells.addAll(row.cells());
            List<Td> groups = new ArrayList<>();
            List<Td> top = new ArrayList<>();
            List<Td> labels = new ArrayList<>();
            List<Td> values = new ArrayList<>();
            // 「行政诉讼 / 未经复议直接起诉」: the first part heads the block, the second its sub-block
            Map<String, Integer> outer = new LinkedHashMap<>();
            Map<String, Integer> inner = new LinkedHashMap<>();
            for (CellSpec c : cells) {
                String[] parts = c.group().split(" / ");
                outer.merge(parts[0], 1, Integer::sum);
                inner.merge(c.group(), 1, Integer::sum);
            }
            for (Map.Entry<String, Integer> e : outer.entrySet()) {
                boolean split = inner.keySet().stream().anyMatch(k -> k.startsWith(e.getKey() + " / "));
                top.add(Td.label(e.getKey(), e.getValue(), split ? 1 : 2, "header"));
            }
            for (Map.Entry<String, Integer> e : inner.entrySet()) {
                int slash = e.getKey().indexOf(" / ");
                if (slash >= 0) groups.add(Td.label(e.getKey().substring(slash + 3), e.getValue(), 1, "header"));
            }
            for (CellSpec c : cells) {
                labels.add(Td.label(c.columnLabel(), 1, 1, "header"));
                values.add(value(c, 1));
            }
            List<List<Td>> out = new ArrayList<>();
            out.add(top);
            if (!groups.isEmpty()) out.add(groups);
            out.add(labels);
            out.add(values);
            return new Table("T4", "四、政府信息公开行政复议、行政诉讼情况", out);
        }

        private static void addSpread(List<Td> row, List<String> labels, int width, String role) {
            for (int i = 0; i < labels.size(); i++) {
                boolean last = i == labels.size() - 1;
                row.add(Td.label(labels.get(i), last ? width - i : 1, 1, role));
            }
        }
    }
}
