package org.gongkai.core.report;

/**
 * Where a value was read: page and line for text and PDF, table/row/column for HTML and Word (all
 * 1-based, null where the format has no such notion), and the raw text of the cell.
 */
public record Provenance(Integer page, Integer line, Integer table, Integer row, Integer column,
                         BoundingBox box, String text) {

    public static Provenance line(int line, String text) {
        return new Provenance(null, line, null, null, null, null, text);
    }

    public static Provenance cell(int table, int row, int column, String text) {
        return new Provenance(null, null, table, row, column, null, text);
    }

    public Provenance withText(String t) { return new Provenance(page, line, table, row, column, box, t); }

    /** 「第 12 行」, 「第 2 页」, 「表 3 第 4 行第 5 列」: for people. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (page != null) sb.append("第").append(page).append("页 ");
        if (line != null) sb.append("第").append(line).append("行 ");
        if (table != null) sb.append("表").append(table).append(' ');
        if (row != null) sb.append("第").append(row).append("行");
        if (column != null) sb.append("第").append(column).append("列");
        return sb.toString().trim();
    }
}
