package org.gongkai.extract.read;

import org.gongkai.core.report.BoundingBox;
import org.gongkai.extract.read.PdfReader.GridCell;
import org.gongkai.extract.read.PdfReader.GridTable;
import org.gongkai.extract.read.PdfReader.PageBlock;
import org.gongkai.extract.read.PdfReader.TextLine;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables without ruling lines: runs of lines whose text falls into fields separated by wide gaps, at
 * least one of them a value. Each field is a cell; the matcher aligns cells by their boxes.
 */
final class AlignedTables {
    private AlignedTables() {}

    /** A field of a line: text between gaps of two characters or more. */
    record Field(String text, BoundingBox box) {}

    static List<PageBlock> group(int page, List<TextLine> lines, List<List<Field>> fields) {
        List<PageBlock> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i, lastMulti = -1, multi = 0;
            boolean value = false;
            while (j < lines.size()) {
                if (fields.get(j).size() >= 2) {
                    multi++;
                    lastMulti = j;
                    for (Field f : fields.get(j).subList(1, fields.get(j).size())) if (PdfReader.isValue(f.text)) value = true;
                    if (PdfReader.isValue(fields.get(j).get(0).text)) value = true;
                } else if (!isFragment(lines, fields, j)) {
                    break;
                }
                j++;
            }
            if (multi >= 2 && value && lastMulti >= i) {
                int end = lastMulti + 1;
                // a label's last piece wrapped below its values
                if (end < lines.size() && fields.get(end).size() == 1 && lines.get(end).text().length() <= 6
                        && isFragment(lines, fields, end)) end++;
                out.add(table(page, lines, fields, i, end));
                i = end;
            } else {
                out.add(lines.get(i));
                i++;
            }
        }
        return out;
    }

    private static GridTable table(int page, List<TextLine> lines, List<List<Field>> fields, int from, int to) {
        List<List<GridCell>> rows = new ArrayList<>();
        float left = Float.MAX_VALUE, right = -Float.MAX_VALUE;
        for (int k = from; k < to; k++) {
            List<GridCell> row = new ArrayList<>();
            for (Field f : fields.get(k)) {
                row.add(new GridCell(f.text, 1, 1, row.size(), page, f.box));
                left = Math.min(left, f.box.x());
                right = Math.max(right, f.box.x() + f.box.width());
            }
            rows.add(row);
        }
        return new GridTable(page, left, right, lines.get(from).box().y(), rows);
    }

    /**
     * A short single-field line inside a run of field lines: a label wrapped over lines, a group label
     * on a line of its own, a character of vertical text. A numbered heading stays a paragraph unless
     * values follow on the very next line (then it is a row label such as 「一、本年新收…」).
     */
    private static boolean isFragment(List<TextLine> lines, List<List<Field>> fields, int j) {
        if (fields.get(j).size() != 1 || lines.get(j).text().length() > 16) return false;
        boolean nextMulti = j + 1 < lines.size() && fields.get(j + 1).size() >= 2;
        boolean soonMulti = nextMulti || j + 2 < lines.size() && fields.get(j + 2).size() >= 2;
        boolean prevMulti = j > 0 && fields.get(j - 1).size() >= 2;
        if (NUMBERED_HEADING.matcher(lines.get(j).text()).lookingAt()) return nextMulti;
        return soonMulti || prevMulti;
    }

    private static final java.util.regex.Pattern NUMBERED_HEADING = java.util.regex.Pattern.compile("[一二三四五六七八九十]+[、.．]");

    /** Splits a line into fields at gaps wider than two characters. */
    static List<Field> fields(List<Glyph> line) {
        List<Field> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : line) {
            if (prev != null) {
                float em = Math.max(Math.min(prev.height(), g.height()), 1);
                if (g.x() - (prev.x() + prev.width()) > em * 2f) {
                    out.add(new Field(Glyph.text(cur), Glyph.box(cur)));
                    cur = new ArrayList<>();
                }
            }
            cur.add(g);
            prev = g;
        }
        if (!cur.isEmpty()) out.add(new Field(Glyph.text(cur), Glyph.box(cur)));
        return out;
    }
}
