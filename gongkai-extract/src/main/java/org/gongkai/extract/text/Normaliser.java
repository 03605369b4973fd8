package org.gongkai.extract.text;

import com.hankcs.hanlp.HanLP;
import org.gongkai.extract.layout.Block;
import org.gongkai.extract.layout.Layout;
import org.gongkai.extract.layout.Paragraph;
import org.gongkai.extract.layout.Table;
import org.gongkai.extract.layout.TableCell;
import org.gongkai.extract.layout.TableRow;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes text matchable (domain.md §5, items 1 and 3): pinyin glosses injected after characters by
 * site-wide converters are removed (「生態(tài)環(huán)境」 → 「生態環境」), then a document printed in
 * traditional characters is converted to simplified. The raw text stays in every provenance.
 */
public final class Normaliser {
    /** A parenthesised run of Latin letters with tone marks right after a Han character. */
    private static final Pattern PINYIN_GLOSS = Pattern.compile(
            "(?<=\\p{IsHan})[(（]\\s*[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,8}(?:\\s+[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,8})*\\s*[)）]");
    /** A pinyin syllable carries a tone mark or is one of the few plain ones glosses use. */
    private static final Pattern TONED = Pattern.compile(".*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ].*");

    private Normaliser() {}

    /** Removes pinyin glosses; converts to simplified characters when {@code traditional} is true. */
    public static String normalise(String text, boolean traditional) {
        if (text == null || text.isEmpty()) return text;
        String s = stripGlosses(text);
        return traditional ? HanLP.convertToSimplifiedChinese(s) : s;
    }

    static String stripGlosses(String text) {
        if (text.indexOf('(') < 0 && text.indexOf('（') < 0 || !hasToneMark(text)) return text;
        var m = PINYIN_GLOSS.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            String g = m.group();
            // (tài) is a gloss; (ABC) after a Chinese word is an abbreviation and stays
            if (!TONED.matcher(g).matches()) continue;
            sb.append(text, last, m.start());
            last = m.end();
        }
        if (last == 0) return text;
        sb.append(text, last, text.length());
        return sb.toString();
    }

    private static boolean hasToneMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // every tone-marked letter lies in Latin-1 Supplement … Latin Extended-B, or is ḿ
            if ((c >= '\u00e0' && c <= '\u01dc' || c == '\u1e3f') && TONE_MARKS.indexOf(c) >= 0) return true;
        }
        return false;
    }

    private static final String TONE_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";

    /** Han characters that conversion to simplified changes on their own: the mark of a traditional text. */
    private static volatile BitSet traditionalOnly;

    private static BitSet traditionalOnly() {
        BitSet t = traditionalOnly;
        if (t == null) {
            // one character a line, so that no phrase conversion spans two characters
            StringBuilder all = new StringBuilder(2 * (0x9fff - 0x4e00 + 1));
            for (char c = '\u4e00'; c <= '\u9fff'; c++) all.append(c).append('\n');
            String[] simplified = HanLP.convertToSimplifiedChinese(all.toString()).split("\n", -1);
            t = new BitSet(0x10000);
            for (char c = '\u4e00'; c <= '\u9fff'; c++) {
                String s = simplified[c - '\u4e00'];
                if (s.length() != 1 || s.charAt(0) != c) t.set(c);
            }
            traditionalOnly = t;
        }
        return t;
    }

    /**
     * Whether a text is printed in traditional characters: enough of its Han characters change under
     * conversion to simplified. Simplified text is left alone so that conversion never rewrites it.
     */
    public static boolean isTraditional(String text) {
        BitSet trad = traditionalOnly();
        int han = 0, changed = 0;
        for (int i = 0; i < text.length() && han < 2000; i++) {
            char c = text.charAt(i);
            if (c < '\u4e00' || c > '\u9fff') continue;
            han++;
            if (trad.get(c)) changed++;
        }
        return han >= 10 && changed >= 8 && changed * 20 >= han;
    }

    /** The same layout with every text normalised; provenance keeps the raw text. */
    public static Layout normalise(Layout layout) {
        String all = layout.text();
        boolean traditional = isTraditional(all);
        if (!traditional && !hasToneMark(all)) return layout;
        List<Block> out = new ArrayList<>(layout.blocks().size());
        for (Block b : layout.blocks()) {
            if (b instanceof Paragraph p) {
                out.add(new Paragraph(normalise(p.text(), traditional), p.where()));
            } else if (b instanceof Table t) {
                List<TableRow> rows = new ArrayList<>(t.rows().size());
                for (TableRow r : t.rows()) {
                    List<TableCell> cells = new ArrayList<>(r.cells().size());
                    for (TableCell c : r.cells()) cells.add(c.withText(normalise(c.text(), traditional)));
                    rows.add(new TableRow(cells));
                }
                out.add(new Table(rows, t.where()));
            }
        }
        return new Layout(layout.source(), layout.mediaType(), out);
    }
}
