package org.gongkai.extract.layout;

import java.util.List;

/** A row of a table: the cells that start in it, left to right. */
public record TableRow(List<TableCell> cells) {
    public TableRow {
        cells = List.copyOf(cells);
    }
}
