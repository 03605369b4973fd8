package org.gongkai.core.template;

/**
 * One value cell of a template: its canonical id (spec/cells.tsv), where it sits and what it holds.
 *
 * @param id          canonical id, e.g. {@code requests.granted.total}
 * @param table       T2, T3 or T4
 * @param group       the printed group label (a T2 caption, a T3 group, a T4 block), may be empty
 * @param rowLabel    the printed row label, empty for T4
 * @param columnLabel the printed column label in this template
 * @param kind        count, delta or amount
 * @param rowId       the id of the row, e.g. {@code requests.granted}
 * @param columnId    the id of the column, e.g. {@code total}
 */
public record CellSpec(String id, TableId table, String group, String rowLabel, String columnLabel,
                       CellKind kind, String rowId, String columnId) {

    /** 「（一）予以公开 · 总计」: how messages name this cell. */
    public String displayName() {
        String row = rowLabel.isEmpty() ? group : rowLabel;
        if (table == TableId.T4) row = group;
        return row + " · " + columnLabel;
    }
}
