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
            int j = i;
            boolean value = false;
            int multi = 0;
            while (j < lines.size() && (fields.get(j).size() >= 2 || isLabelFragment(lines, fields, j))) {
                if (fields.get(j).size() >= 2) multi++;
                for (Field f : fields.get(j).subList(1, fields.get(j).size())) if (PdfReader.isValue(f.text)) value = true;
                j++;
            }
            if (multi >= 2 && value) {
                List<List<GridCell>> rows = new ArrayList<>();
                float left = Float.MAX_VALUE, right = -Float.MAX_VALUE;
                for (int k = i; k < j; k++) {
                    List<GridCell> row = new ArrayList<>();
                    for (Field f : fields.get(k)) {
                        row.add(new GridCell(f.text, 1, 1, row.size(), page, f.box));
                        left = Math.min(left, f.box.x());
                        right = Math.max(right, f.box.x() + f.box.width());
                    }
                    rows.add(row);
                }
                out.add(new GridTable(page, left, right, lines.get(i).box().y(), rows));
                i = j;
            } else {
                out.add(lines.get(i));
                i++;
            }
        }
        return out;
    }

    /** A short single-field line between two field lines: a label wrapped onto its own line. */
    private static boolean isLabelFragment(List<TextLine> lines, List<List<Field>> fields, int j) {
        return fields.get(j).size() == 1 && lines.get(j).text().length() <= 20 && j > 0 && j + 1 < lines.size()
                && fields.get(j - 1).size() >= 2 && fields.get(j + 1).size() >= 2;
    }

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
