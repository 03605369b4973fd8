package org.gongkai.extract.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as its reader saw it.
 *
 * @param source    file name or address
 * @param mediaType e.g. text/plain, text/html, application/pdf
 * @param blocks    paragraphs and tables in reading order
 */
public record Layout(String source, String mediaType, List<Block> blocks) {
    public Layout {
        blocks = List.copyOf(blocks);
    }

    public List<Table> tables() {
        List<Table> out = new ArrayList<>();
        for (Block b : blocks) if (b instanceof Table t) out.add(t);
        return out;
    }

    public List<Paragraph> paragraphs() {
        List<Paragraph> out = new ArrayList<>();
        for (Block b : blocks) if (b instanceof Paragraph p) out.add(p);
        return out;
    }

    /** All text, paragraphs and cells, in reading order, one block or cell per line. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) sb.append(p.text()).append('\n');
            else if (b instanceof Table t) {
                for (TableRow r : t.rows()) {
                    for (TableCell c : r.cells()) sb.append(c.text()).append('\t');
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }
}
