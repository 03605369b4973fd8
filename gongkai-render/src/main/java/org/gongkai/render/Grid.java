package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as the template draws it: rows of cells with their spans, HTML-style (a cell covered by a
 * span above or to the left is not listed). Every writer serialises the same grid, so the merged
 * cells of HTML, Word, PDF and text agree by construction.
 *
 * @param columns the number of grid columns
 * @param widths  relative column widths (sum 100)
 */
record Grid(List<List<GridCell>> rows, int columns, double[] widths) {

    enum Role { CAPTION, HEADER, NOTE, LABEL, VALUE }

    record GridCell(String text, int colspan, int rowspan, Role role) {
        static GridCell of(String text, Role role) { return new GridCell(text, 1, 1, role); }

        GridCell withText(String t) { return new GridCell(t, colspan, rowspan, role); }
    }

    /** A grid position: the cell that starts there, the cell covering it from above, or nothing (covered from the left). */
    record Slot(GridCell cell, boolean origin, int column) {}

    /**
     * The rows with every position resolved: Word needs a cell for each vertically merged position
     * ({@code vMerge} continue), text layouts print an empty cell there.
     */
    List<List<Slot>> slots() {
        int n = rows.size();
        GridCell[][] occupant = new GridCell[n][columns];
        boolean[][] origin = new boolean[n][columns];
        for (int r = 0; r < n; r++) {
            int c = 0;
            for (GridCell cell : rows.get(r)) {
                while (c < columns && occupant[r][c] != null) c++;
                if (c >= columns) throw new IllegalStateException("row " + r + " is wider than " + columns + " columns");
                origin[r][c] = true;
                for (int dr = 0; dr < cell.rowspan(); dr++) {
                    for (int dc = 0; dc < cell.colspan(); dc++) occupant[r + dr][c + dc] = cell;
                }
                c += cell.colspan();
            }
        }
        List<List<Slot>> out = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            List<Slot> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                GridCell cell = occupant[r][c];
                if (cell == null) throw new IllegalStateException("row " + r + " column " + c + " is empty");
                boolean startsHere = c == 0 || occupant[r][c - 1] != cell;
                if (startsHere) row.add(new Slot(cell, origin[r][c], c));
            }
            out.add(row);
        }
        return out;
    }
}
