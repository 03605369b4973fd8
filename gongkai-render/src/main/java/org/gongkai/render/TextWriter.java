package org.gongkai.render;

import org.gongkai.render.Grid.Slot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes the official layout as plain text, in the shapes reports take when copied out of Word or a
 * web page: one cell per line (a tab before each cell, a blank line after each row, an empty cell where
 * a merged cell from above covers the row), tab-separated rows, or markdown pipe tables.
 */
final class TextWriter {
    enum Shape { CELL_PER_LINE, TAB_ROWS, PIPE }

    private final Shape shape;
    private final UnaryOperator<String> text;
    private final StringBuilder out = new StringBuilder(16 * 1024);

    TextWriter(Shape shape, UnaryOperator<String> text) {
        this.shape = shape;
        this.text = text;
    }

    String write(OfficialDocument doc) {
        line(doc.title());
        out.append('\n');
        for (OfficialDocument.Part p : doc.parts()) {
            if (p instanceof OfficialDocument.Heading h) line(h.text());
            else if (p instanceof OfficialDocument.Paragraph para) line(para.text());
            else if (p instanceof OfficialDocument.TablePart t) {
                out.append('\n');
                table(t.grid());
                out.append('\n');
            }
        }
        return out.toString();
    }

    private void line(String s) { out.append(text.apply(s)).append('\n'); }

    private void table(Grid grid) {
        List<List<Slot>> rows = grid.slots();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>();
            List<Boolean> labels = new ArrayList<>();
            for (Slot s : rows.get(r)) {
                cells.add(s.origin() ? text.apply(s.cell().text()) : "");
                labels.add(s.cell().role() != Grid.Role.VALUE);
            }
            switch (shape) {
                case CELL_PER_LINE -> {
                    for (String c : cells) out.append('\t').append(c).append('\n');
                    out.append('\n');
                }
                case TAB_ROWS -> out.append(String.join("\t", split(cells, labels))).append('\n');
                case PIPE -> {
                    out.append("| ").append(String.join(" | ", cells)).append(" |\n");
                    if (r == 0) {
                        out.append('|');
                        for (int i = 0; i < cells.size(); i++) out.append(" --- |");
                        out.append('\n');
                    }
                }
            }
        }
    }

    /**
     * Labels as careless copying leaves them (domain.md §5 items 6–7): the enumerator of 「（六）其他处理」
     * in a cell of its own, and spaces inside long labels.
     */
    private static List<String> split(List<String> cells, List<Boolean> labels) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (!labels.get(i)) {
                out.add(c);
                continue;
            }
            if (c.startsWith("（六）其他处理") || c.startsWith("(六)其他处理")) {
                out.add(c.substring(0, 3));
                out.add(c.substring(3));
            } else if (c.length() >= 6 && !c.chars().allMatch(ch -> ch < 0x80)) {
                int mid = c.length() / 2;
                out.add(c.substring(0, mid) + " " + c.substring(mid));
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
