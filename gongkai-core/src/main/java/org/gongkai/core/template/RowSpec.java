package org.gongkai.core.template;

import java.util.List;

/**
 * One row of a template table, with the variants of its label that real reports print.
 *
 * @param id      row id, the cell ids of the row are {@code id + "." + column}
 * @param table   the table
 * @param caption for T2 the sub-table caption id (a, b, c, d, e); for T3 the group id or empty
 * @param label   the printed row label (for T4 the block label)
 * @param aliases label variants as keys (see {@link org.gongkai.core.text.LabelKey})
 * @param cells   the value cells of this row, in printed column order
 */
public record RowSpec(String id, TableId table, String caption, String label, List<String> aliases,
                      List<CellSpec> cells) {

    public RowSpec {
        aliases = List.copyOf(aliases);
        cells = List.copyOf(cells);
    }

    public int width() { return cells.size(); }
}
