package org.gongkai.core.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One version of the national template: its rows, columns and cells, all read from the catalogue data. */
public final class Template {
    private final String id;
    private final String issuedBy;
    private final List<CellSpec> cells;
    private final Map<String, CellSpec> byId;
    private final List<RowSpec> rows;
    private final Map<TableId, List<RowSpec>> rowsByTable = new java.util.EnumMap<>(TableId.class);
    private final Map<String, RowSpec> rowsById = new LinkedHashMap<>();
    private final List<RowSpec> outcomeRows;
    private final Map<String, List<String>> captionAliases;
    private final Map<String, List<String>> columnAliases;
    private final Map<String, List<String>> groupAliases;

    Template(String id, String issuedBy, List<CellSpec> cells, List<RowSpec> rows,
             Map<String, List<String>> captionAliases, Map<String, List<String>> columnAliases,
             Map<String, List<String>> groupAliases) {
        this.id = id;
        this.issuedBy = issuedBy;
        this.cells = List.copyOf(cells);
        Map<String, CellSpec> m = new LinkedHashMap<>();
        for (CellSpec c : cells) m.put(c.id(), c);
        this.byId = Collections.unmodifiableMap(m);
        this.rows = List.copyOf(rows);
        for (TableId t : TableId.values()) {
            List<RowSpec> in = new ArrayList<>();
            for (RowSpec r : rows) if (r.table() == t) in.add(r);
            rowsByTable.put(t, List.copyOf(in));
        }
        for (RowSpec r : rows) rowsById.put(r.id(), r);
        List<RowSpec> outcomes = new ArrayList<>();
        for (RowSpec r : rowsByTable.get(TableId.T3)) {
            String rid = r.id();
            if (rid.equals("requests.new") || rid.equals("requests.carried_over") || rid.equals("requests.total")
                    || rid.equals("requests.carried_forward")) continue;
            outcomes.add(r);
        }
        this.outcomeRows = List.copyOf(outcomes);
        this.captionAliases = Map.copyOf(captionAliases);
        this.columnAliases = Map.copyOf(columnAliases);
        this.groupAliases = Map.copyOf(groupAliases);
    }

    /** "2019" or "2021". */
    public String id() { return id; }

    /** The document that issued it, e.g. 国办公开办函〔2021〕30号. */
    public String issuedBy() { return issuedBy; }

    /** Every value cell, in the order of spec/cells.tsv. */
    public List<CellSpec> cells() { return cells; }

    public Optional<CellSpec> cell(String cellId) { return Optional.ofNullable(byId.get(cellId)); }

    public boolean hasCell(String cellId) { return byId.containsKey(cellId); }

    /** Every row of every table, in printed order. */
    public List<RowSpec> rows() { return rows; }

    public List<RowSpec> rows(TableId table) { return rowsByTable.get(table); }

    public Optional<RowSpec> row(String rowId) { return Optional.ofNullable(rowsById.get(rowId)); }

    /** T2 caption ids (a, b, c, d, e) to their label keys. */
    public Map<String, List<String>> captionAliases() { return captionAliases; }

    /** Column ids to their label keys. */
    public Map<String, List<String>> columnAliases() { return columnAliases; }

    /** T3 group ids (requests.withheld …) to their label keys. */
    public Map<String, List<String>> groupAliases() { return groupAliases; }

    /** The T3 rows whose cells are outcomes (三、本年度办理结果 leaves), in printed order. */
    public List<RowSpec> outcomeRows() { return outcomeRows; }

    /** The T3 column ids in printed order: natural … other_org, total. */
    public List<String> requestColumns() {
        List<String> out = new ArrayList<>();
        for (CellSpec c : rows(TableId.T3).get(0).cells()) out.add(c.columnId());
        return out;
    }

    @Override
    public String toString() { return "Template " + id; }
}
