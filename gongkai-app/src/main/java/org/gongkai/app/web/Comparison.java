package org.gongkai.app.web;

import org.gongkai.core.report.Cell;
import org.gongkai.core.report.Report;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.SectionId;
import org.gongkai.core.template.Template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Two reports side by side: every cell of either template in template order, with the difference where both
 * print a number, and the narrative sections compared sentence by sentence.
 */
record Comparison(List<CellDiff> cells, Map<String, List<Sentence>> sections) {

    /** One cell. {@code difference} is b − a when both are numbers. */
    record CellDiff(String cell, String name, String a, String b, BigDecimal difference, boolean changed) {}

    /** A sentence kept, removed (only in a) or added (only in b). */
    record Sentence(String op, String text) {}

    long changedCount() { return cells.stream().filter(CellDiff::changed).count(); }

    static Comparison of(Report a, Report b) {
        Set<String> ids = new LinkedHashSet<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Report r : List.of(a, b)) {
            Template t = r.template().orElse(null);
            if (t == null) continue;
            for (CellSpec c : t.cells()) {
                ids.add(c.id());
                names.putIfAbsent(c.id(), c.displayName());
            }
        }
        List<CellDiff> cells = new ArrayList<>();
        for (String id : ids) {
            Cell ca = a.cell(id).orElse(null);
            Cell cb = b.cell(id).orElse(null);
            BigDecimal na = ca == null ? null : ca.value().number();
            BigDecimal nb = cb == null ? null : cb.value().number();
            String pa = ca == null ? "—" : ReportTables.print(ca);
            String pb = cb == null ? "—" : ReportTables.print(cb);
            boolean changed = na != null && nb != null ? na.compareTo(nb) != 0 : !Objects.equals(pa, pb);
            BigDecimal d = na != null && nb != null ? nb.subtract(na).stripTrailingZeros() : null;
            if (d != null && d.scale() < 0) d = d.setScale(0);
            cells.add(new CellDiff(id, names.get(id), pa, pb, d, changed));
        }
        Map<String, List<Sentence>> sections = new LinkedHashMap<>();
        for (SectionId s : SectionId.values()) {
            if (!s.isNarrative()) continue;
            String ta = a.sections().getOrDefault(s.jsonName(), "");
            String tb = b.sections().getOrDefault(s.jsonName(), "");
            if (ta.isBlank() && tb.isBlank()) continue;
            sections.put(s.jsonName(), diff(sentences(ta), sentences(tb)));
        }
        return new Comparison(cells, sections);
    }

    /** Sentences end at 。！？； or a line break; the mark stays with its sentence. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                flush(sb, out);
                continue;
            }
            sb.append(c);
            if (c == '。' || c == '！' || c == '？' || c == '；') flush(sb, out);
        }
        flush(sb, out);
        return out;
    }

    private static void flush(StringBuilder sb, List<String> out) {
        String s = sb.toString().strip();
        if (!s.isEmpty()) out.add(s);
        sb.setLength(0);
    }

    /** The longest common subsequence of sentences; what is outside it was removed or added. */
    static List<Sentence> diff(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Sentence> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new Sentence("same", a.get(i)));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Sentence("removed", a.get(i++)));
            } else {
                out.add(new Sentence("added", b.get(j++)));
            }
        }
        while (i < n) out.add(new Sentence("removed", a.get(i++)));
        while (j < m) out.add(new Sentence("added", b.get(j++)));
        return out;
    }

    static String sectionTitle(String jsonName) {
        for (SectionId s : SectionId.values()) if (jsonName.equals(s.jsonName())) return s.heading();
        return jsonName;
    }

}
