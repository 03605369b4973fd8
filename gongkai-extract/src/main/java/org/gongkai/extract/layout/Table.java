package org.gongkai.extract.layout;

import org.gongkai.core.report.Provenance;

import java.util.ArrayList;
import java.util.List;

/**
 * A table: rows of cells with their spans.
 *
 * @param rows  the rows, top to bottom
 * @param where where the table starts
 */
public record Table(List<TableRow> rows, Provenance where) implements Block {
    public Table {
        rows = List.copyOf(rows);
    }

    /**
     * For every row, the grid column at which each of its cells starts, once the row and column spans
     * of the cells above and to the left are expanded.
     */
    public int[][] gridColumns() {
        int[][] out = new int[rows.size()][];
        List<int[]> pending = new ArrayList<>(); // {column, rows still covered, width}
        for (int r = 0; r < rows.size(); r++) {
            List<TableCell> cells = rows.get(r).cells();
            out[r] = new int[cells.size()];
            List<int[]> next = new ArrayList<>();
            int col = 0;
            for (int c = 0; c < cells.size(); c++) {
                col = skipCovered(pending, col);
                out[r][c] = col;
                TableCell cell = cells.get(c);
                if (cell.rowspan() > 1) next.add(new int[]{col, cell.rowspan() - 1, cell.colspan()});
                col += cell.colspan();
            }
            for (int[] p : pending) if (p[1] > 1) next.add(new int[]{p[0], p[1] - 1, p[2]});
            pending = next;
        }
        return out;
    }

    private static int skipCovered(List<int[]> pending, int col) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int[] p : pending) {
                if (col >= p[0] && col < p[0] + p[2]) { col = p[0] + p[2]; moved = true; }
            }
        }
        return col;
    }
}
