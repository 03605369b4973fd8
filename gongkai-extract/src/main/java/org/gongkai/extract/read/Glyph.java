package org.gongkai.extract.read;

import org.gongkai.core.report.BoundingBox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One printed character of a PDF page, its box in points from the top-left corner. */
record Glyph(String text, float x, float y, float width, float height) {

    float centreX() { return x + width / 2; }

    float centreY() { return y + height / 2; }

    float bottom() { return y + height; }

    /** Groups glyphs into lines: glyphs whose vertical centres lie within half a glyph height of each other. */
    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::centreY));
        List<List<Glyph>> out = new ArrayList<>();
        List<Glyph> cur = null;
        float centre = 0, h = 0;
        for (Glyph g : sorted) {
            if (cur != null && Math.abs(g.centreY() - centre) <= Math.max(h, g.height) * 0.5f) {
                cur.add(g);
                continue;
            }
            cur = new ArrayList<>();
            cur.add(g);
            out.add(cur);
            centre = g.centreY();
            h = g.height;
        }
        for (List<Glyph> l : out) l.sort(Comparator.comparingDouble(Glyph::x));
        return out;
    }

    /** The text of one line, a space where the gap between glyphs is wider than a third of a character. */
    static String text(List<Glyph> line) {
        StringBuilder sb = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : line) {
            if (prev != null) {
                float gap = g.x - (prev.x + prev.width);
                float em = Math.max(Math.min(prev.height, g.height), 1);
                if (gap > em * 0.35f) sb.append(' ');
                // fake bold and shadows print a glyph twice at almost the same place
                else if (g.text.equals(prev.text) && Math.abs(g.x - prev.x) < em * 0.2f) continue;
            }
            sb.append(g.text);
            prev = g;
        }
        return sb.toString().strip();
    }

    /** Lines of a cell joined: a wrapped label goes on without a break between Chinese characters. */
    static String cellText(List<Glyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        for (List<Glyph> l : lines(glyphs)) {
            String t = text(l);
            if (t.isEmpty()) continue;
            if (sb.length() > 0 && !(isCjk(sb.charAt(sb.length() - 1)) || isCjk(t.charAt(0)))) sb.append(' ');
            sb.append(t);
        }
        return sb.toString();
    }

    private static boolean isCjk(char c) {
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFFEF || c >= 0x3000 && c <= 0x303F;
    }

    static BoundingBox box(List<Glyph> glyphs) {
        float x0 = Float.MAX_VALUE, y0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, y1 = -Float.MAX_VALUE;
        for (Glyph g : glyphs) {
            x0 = Math.min(x0, g.x);
            y0 = Math.min(y0, g.y);
            x1 = Math.max(x1, g.x + g.width);
            y1 = Math.max(y1, g.bottom());
        }
        return new BoundingBox(x0, y0, x1 - x0, y1 - y0);
    }
}
