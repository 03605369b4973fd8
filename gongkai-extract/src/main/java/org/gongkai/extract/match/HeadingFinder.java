package org.gongkai.extract.match;

import org.gongkai.core.template.SectionId;
import org.gongkai.core.template.TemplateCatalogue;
import org.gongkai.core.text.LabelKey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the six top-level headings in the paragraphs, in order. Headings are sequence-aware: heading
 * k is looked for only after heading k−1, so body text that re-uses 一、二、 for its own lists (seed 000,
 * section 五) is not taken for a heading; and a heading may stand inside a paragraph (a page flattened
 * into one line, seed 002).
 */
final class HeadingFinder {

    /** A position in the paragraph list: paragraph index and character offset in its text. */
    record Pos(int paragraph, int offset) implements Comparable<Pos> {
        @Override
        public int compareTo(Pos o) {
            return paragraph != o.paragraph ? Integer.compare(paragraph, o.paragraph) : Integer.compare(offset, o.offset);
        }
    }

    /** A heading found: where it starts and where its text after it starts. */
    record Heading(SectionId section, Pos start, Pos bodyStart) {}

    private static final String NUMERALS = "一二三四五六";

    private final TemplateCatalogue catalogue;

    HeadingFinder(TemplateCatalogue catalogue) { this.catalogue = catalogue; }

    Map<SectionId, Heading> find(List<String> paragraphs) {
        List<KeyedText> keyed = new ArrayList<>();
        for (String p : paragraphs) keyed.add(KeyedText.of(p));
        Map<SectionId, Heading> out = new EnumMap<>(SectionId.class);
        Pos from = new Pos(0, 0);
        for (SectionId s : SectionId.values()) {
            Heading h = findOne(s, keyed, from);
            if (h != null) {
                out.put(s, h);
                from = h.bodyStart;
            }
        }
        return out;
    }

    private Heading findOne(SectionId s, List<KeyedText> keyed, Pos from) {
        List<String> aliases = catalogue.sectionAliases(s);
        for (int p = from.paragraph; p < keyed.size(); p++) {
            KeyedText kt = keyed.get(p);
            String key = kt.key();
            int startKey = p == from.paragraph ? kt.keyIndexAt(from.offset) : 0;
            for (int k = startKey; k < key.length(); k++) {
                int len = numeralLength(key, k, s);
                boolean atStart = k == 0 || isBoundary(key.charAt(k - 1));
                if (len > 0 && atStart) {
                    int rest = k + len;
                    for (String a : aliases) {
                        if (key.startsWith(a, rest)) {
                            return new Heading(s, new Pos(p, kt.textIndex(k)), new Pos(p, kt.textIndex(rest + a.length())));
                        }
                    }
                }
                if (k == 0) {
                    // an unnumbered heading standing alone on its line
                    for (String a : aliases) {
                        if (key.equals(a) || key.equals(a + ":")) {
                            return new Heading(s, new Pos(p, 0), new Pos(p, kt.text().length()));
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Length of the numeral prefix of heading s at k: 「三、」「3、」「3.」「(三)」「第三部分」. */
    private static int numeralLength(String key, int k, SectionId s) {
        char zh = NUMERALS.charAt(s.ordinal());
        char digit = (char) ('1' + s.ordinal());
        if (k >= key.length()) return 0;
        char c = key.charAt(k);
        if ((c == zh || c == digit) && k + 1 < key.length()) {
            char d = key.charAt(k + 1);
            if (d == '、' || d == '.' || d == ',' || d == ':') return 2;
            if (c == zh && d != '、') return 0;
        }
        if (c == '(' && k + 2 < key.length() && (key.charAt(k + 1) == zh || key.charAt(k + 1) == digit) && key.charAt(k + 2) == ')') {
            return 3;
        }
        if (c == '第' && k + 3 < key.length() && key.charAt(k + 1) == zh && key.startsWith("部分", k + 2)) {
            int n = 4;
            if (k + n < key.length() && (key.charAt(k + n) == '、' || key.charAt(k + n) == ':')) n++;
            return n;
        }
        return 0;
    }

    private static boolean isBoundary(char c) {
        return "。.;；!！?？:：)）”」>】|".indexOf(c) >= 0;
    }
}
