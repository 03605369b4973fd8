package org.gongkai.extract.match;

import org.gongkai.core.template.RowSpec;
import org.gongkai.core.template.TableId;
import org.gongkai.core.template.Template;
import org.gongkai.core.text.LabelKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recognises printed labels: which template row a label cell names, and whether a text cell is some
 * other label of the template (a caption, a group, a column header) rather than a value.
 */
final class LabelIndex {
    private static final int SLACK = 10;

    /** A row alias ready to compare: exact aliases must equal the whole key, others start the core. */
    private record Alias(RowSpec row, String text, boolean exact, int maxCore) {}

    /** A template's aliases by their first character (exact ones by the first character of the whole key). */
    private static final Map<String, Map<Character, List<Alias>>> ALIASES = new ConcurrentHashMap<>();

    private final Template template;
    private final Template other;
    private final Set<String> otherLabels = new HashSet<>();
    private final List<String> labelPrefixes = new ArrayList<>();
    // one document's cells repeat the same labels: look each key up once
    private final Map<String, Optional<RowSpec>> rowMemo = new HashMap<>();
    private final Map<String, Optional<RowSpec>> otherMemo = new HashMap<>();
    private final Map<String, Boolean> labelMemo = new HashMap<>();

    LabelIndex(Template template, Template other) {
        this.template = template;
        this.other = other;
        for (Template t : List.of(template, other)) {
            if (t == null) continue;
            for (var e : t.captionAliases().values()) labelPrefixes.addAll(e);
            for (var e : t.groupAliases().values()) labelPrefixes.addAll(e);
            for (var e : t.columnAliases().values()) otherLabels.addAll(e);
        }
        otherLabels.addAll(List.of("信息内容", "申请人情况", "法人或其他组织", "行政诉讼", "总计", "合计", "小计",
                "本年度办理结果", "单位:万元", "(单位:万元)"));
        labelPrefixes.addAll(List.of("本年收费金额", "(本列数据的勾稽关系", "本列数据的勾稽关系", "第二十条"));
    }

    /** The row a label cell names in this template, or null. */
    RowSpec row(String key) { return match(template, key); }

    /** The row a label cell names in the other template only (a non-template row for this one), or null. */
    RowSpec otherRow(String key) {
        if (other == null) return null;
        RowSpec r = match(other, key);
        return r == null || template.row(r.id()).isPresent() ? null : r;
    }

    /**
     * The row a damaged label most likely names (characters dropped or garbled by a PDF text layer:
     * 「2.其他法律行政止公开」), when one row's label shares at least three quarters of its characters, in
     * order, with the cell and no other row comes as close; null otherwise.
     */
    RowSpec approximateRow(String key) {
        String core = LabelKey.withoutEnumerator(key);
        if (core.length() < 5 || core.length() > 60) return null;
        RowSpec best = null;
        double bestScore = 0;
        boolean tie = false;
        for (RowSpec r : template.rows()) {
            if (r.table() == TableId.T4) continue;
            for (String a : r.aliases()) {
                if (a.startsWith("=") || a.length() < 6) continue;
                int lcs = lcs(core, a);
                if (lcs * 4 < a.length() * 3 || lcs * 4 < core.length() * 3) continue;
                double score = (double) lcs / Math.max(a.length(), core.length());
                if (score > bestScore + 1e-9) { best = r; bestScore = score; tie = false; }
                else if (Math.abs(score - bestScore) < 1e-9 && best != r) tie = true;
            }
        }
        return tie ? null : best;
    }

    private static int lcs(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The T3 group a label cell names (（三）不予公开, （四）无法提供, （五）不予处理, and in 2021 （六）其他处理),
     * or null. 三、本年度办理结果 is not one: it only spans the outcome rows.
     */
    String group(String key) {
        String core = LabelKey.withoutEnumerator(key);
        for (var e : template.groupAliases().entrySet()) {
            if (e.getKey().equals("requests.outcomes")) continue;
            for (String a : e.getValue()) if (core.startsWith(a) && core.length() <= a.length() + SLACK) return e.getKey();
        }
        return null;
    }

    /** True when a text cell is a label of either template: a row, caption, group or column. */
    boolean isLabel(String key) {
        if (key.isEmpty()) return false;
        if (row(key) != null || otherRow(key) != null) return true;
        String core = LabelKey.withoutEnumerator(key);
        if (otherLabels.contains(key) || otherLabels.contains(core)) return true;
        for (String p : labelPrefixes) if (core.startsWith(p) || key.startsWith(p)) return true;
        return LabelKey.isBareEnumerator(key);
    }

    private static RowSpec match(Template t, String key) {
        if (key.isEmpty()) return null;
        String core = LabelKey.withoutEnumerator(key);
        RowSpec best = null;
        int bestLen = 0;
        Map<Character, List<Alias>> byFirst = aliases(t);
        List<Alias> candidates = new ArrayList<>(byFirst.getOrDefault(key.charAt(0), List.of()));
        if (!core.isEmpty() && core.charAt(0) != key.charAt(0)) candidates.addAll(byFirst.getOrDefault(core.charAt(0), List.of()));
        for (Alias a : candidates) {
            if (a.text.length() <= bestLen) continue;
            boolean hit = a.exact ? key.equals(a.text) || key.equals(a.text + ":")
                    : core.length() <= a.maxCore && core.startsWith(a.text);
            if (hit) { best = a.row; bestLen = a.text.length(); }
        }
        return best;
    }

    private static Map<Character, List<Alias>> aliases(Template t) {
        return ALIASES.computeIfAbsent(t.id(), id -> {
            Map<Character, List<Alias>> out = new HashMap<>();
            for (RowSpec r : t.rows()) {
                if (r.table() == TableId.T4) continue;
                int max = LabelKey.of(r.label()).length() + SLACK;
                for (String a : r.aliases()) {
                    boolean exact = a.startsWith("=");
                    String text = exact ? a.substring(1) : a;
                    out.computeIfAbsent(text.charAt(0), k -> new ArrayList<>()).add(new Alias(r, text, exact, max));
                }
            }
            return Map.copyOf(out);
        });
    }
}
