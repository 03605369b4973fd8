package org.gongkai.extract.layout;

import org.gongkai.core.report.Provenance;

/**
 * One cell of a table as the source has it (a merged cell appears once, with its spans).
 *
 * @param text    the cell text; line breaks inside the cell are kept as \n
 * @param colspan columns covered, ≥ 1
 * @param rowspan rows covered, ≥ 1
 * @param where   where it was read; its text is the cell as printed
 */
public record TableCell(String text, int colspan, int rowspan, Provenance where) {
    public TableCell {
        if (colspan < 1) colspan = 1;
        if (rowspan < 1) rowspan = 1;
    }

    public static TableCell of(String text, Provenance where) { return new TableCell(text, 1, 1, where); }

    public TableCell withText(String t) { return new TableCell(t, colspan, rowspan, where); }
}
