package org.gongkai.render;

import org.gongkai.core.report.Cell;
import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Report;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.RowSpec;
import org.gongkai.core.template.SectionId;
import org.gongkai.core.template.TableId;
import org.gongkai.core.template.Template;
import org.gongkai.render.Grid.GridCell;
import org.gongkai.render.Grid.Role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a report out in the official format of 国办公开办函〔2019〕60号 and 〔2021〕30号 (domain.md §1, §6).
 * Every label comes from the template catalogue, so it is byte-exact by construction; the few printed
 * texts the catalogue has no cell for (the T3 corner note, the header words above the value columns)
 * are the constants below, copied from the template.
 */
final class OfficialLayout {
    static final String CONTENT = "信息内容";
    static final String CORNER_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    static final String APPLICANTS = "申请人情况";
    static final String ORGANISATIONS = "法人或其他组织";
    static final String REVIEW = "行政复议";
    static final String LITIGATION = "行政诉讼";
    static final String OUTCOMES = "三、本年度办理结果";

    private OfficialLayout() {}

    static OfficialDocument of(Report report, Template t, boolean dropGroupLabel) {
        List<OfficialDocument.Part> parts = new ArrayList<>();
        for (SectionId s : SectionId.values()) {
            parts.add(new OfficialDocument.Heading(s.heading()));
            switch (s) {
                case PROACTIVE -> parts.add(new OfficialDocument.TablePart(TableId.T2, proactive(report, t)));
                case REQUESTS -> parts.add(new OfficialDocument.TablePart(TableId.T3, requests(report, t, dropGroupLabel)));
                case APPEALS -> parts.add(new OfficialDocument.TablePart(TableId.T4, appeals(report, t)));
                default -> {
                    String text = report.sections().get(s.jsonName());
                    if (text == null || text.isBlank()) break;
                    for (String p : text.split("\n")) {
                        if (!p.isBlank()) parts.add(new OfficialDocument.Paragraph(p.strip()));
                    }
                }
            }
        }
        return new OfficialDocument(title(report), parts);
    }

    /** 「某某局2021年政府信息公开工作年度报告」, leaving out what the report does not say. */
    static String title(Report r) {
        StringBuilder sb = new StringBuilder();
        if (r.agency() != null) sb.append(r.agency());
        if (r.year() != null) sb.append(r.year()).append('年');
        return sb.append("政府信息公开工作年度报告").toString();
    }

    /** What a value cell prints: the number as given (with its unit when one was printed), the text, or nothing. */
    static String print(Cell c) {
        CellValue v = c.value();
        if (v instanceof CellValue.Number n) {
            String s = n.value().toPlainString();
            return c.unit() == null ? s : s + c.unit();
        }
        if (v instanceof CellValue.Text text) return text.text();
        return "";
    }

    // ------------------------------------------------------------------------------------------------ T2

    /** One 4-column table: per sub-table a caption row, a 「信息内容」 header row, then its rows. */
    private static Grid proactive(Report r, Template t) {
        Map<String, List<RowSpec>> byCaption = new LinkedHashMap<>();
        for (RowSpec row : t.rows(TableId.T2)) byCaption.computeIfAbsent(row.cells().get(0).group(), k -> new ArrayList<>()).add(row);
        List<List<GridCell>> rows = new ArrayList<>();
        for (Map.Entry<String, List<RowSpec>> e : byCaption.entrySet()) {
            rows.add(List.of(new GridCell(e.getKey(), 4, 1, Role.CAPTION)));
            List<CellSpec> first = e.getValue().get(0).cells();
            int[] spans = spans(first.size());
            List<GridCell> header = new ArrayList<>();
            header.add(GridCell.of(CONTENT, Role.HEADER));
            for (int i = 0; i < first.size(); i++) header.add(new GridCell(first.get(i).columnLabel(), spans[i], 1, Role.HEADER));
            rows.add(header);
            for (RowSpec row : e.getValue()) {
                List<GridCell> cells = new ArrayList<>();
                cells.add(GridCell.of(row.label(), Role.LABEL));
                for (int i = 0; i < row.cells().size(); i++) {
                    cells.add(new GridCell(value(r, row.cells().get(i)), spans[i], 1, Role.VALUE));
                }
                rows.add(cells);
            }
        }
        return new Grid(rows, 4, new double[]{31, 23, 23, 23});
    }

    /** Three value columns share the grid evenly; two put the second across cols 3–4; one spans all three. */
    private static int[] spans(int values) {
        return switch (values) {
            case 3 -> new int[]{1, 1, 1};
            case 2 -> new int[]{1, 2};
            case 1 -> new int[]{3};
            default -> throw new IllegalStateException("a T2 row has 1 to 3 values, not " + values);
        };
    }

    // ------------------------------------------------------------------------------------------------ T3

    private static Grid requests(Report r, Template t, boolean dropGroupLabel) {
        List<RowSpec> rows = t.rows(TableId.T3);
        List<CellSpec> columns = rows.get(0).cells();
        List<List<GridCell>> out = new ArrayList<>();
        List<GridCell> h1 = new ArrayList<>();
        h1.add(new GridCell(CORNER_NOTE, 3, 3, Role.NOTE));
        h1.add(new GridCell(APPLICANTS, 7, 1, Role.HEADER));
        out.add(h1);
        out.add(List.of(new GridCell(columns.get(0).columnLabel(), 1, 2, Role.HEADER),
                new GridCell(ORGANISATIONS, 5, 1, Role.HEADER),
                new GridCell(columns.get(6).columnLabel(), 1, 2, Role.HEADER)));
        List<GridCell> h3 = new ArrayList<>();
        for (int i = 1; i <= 5; i++) h3.add(GridCell.of(columns.get(i).columnLabel(), Role.HEADER));
        out.add(h3);

        int underOutcomes = 0;
        Map<String, Integer> groupSize = new LinkedHashMap<>();
        for (RowSpec row : rows) {
            String g = row.cells().get(0).group();
            if (!g.isEmpty()) underOutcomes++;
            if (!g.isEmpty() && !g.equals(OUTCOMES)) groupSize.merge(g, 1, Integer::sum);
        }
        boolean outcomesOpened = false;
        String openGroup = null;
        for (RowSpec row : rows) {
            String g = row.cells().get(0).group();
            List<GridCell> cells = new ArrayList<>();
            if (g.isEmpty()) {
                cells.add(new GridCell(row.label(), 3, 1, Role.LABEL));
            } else {
                if (!outcomesOpened) {
                    cells.add(new GridCell(OUTCOMES, 1, underOutcomes, Role.LABEL));
                    outcomesOpened = true;
                }
                if (g.equals(OUTCOMES)) {
                    cells.add(new GridCell(row.label(), 2, 1, Role.LABEL));
                } else {
                    boolean lost = dropGroupLabel && g.startsWith("（三）");
                    if (lost) {
                        cells.add(new GridCell(row.label(), 2, 1, Role.LABEL));
                    } else {
                        if (!g.equals(openGroup)) cells.add(new GridCell(g, 1, groupSize.get(g), Role.LABEL));
                        cells.add(GridCell.of(row.label(), Role.LABEL));
                    }
                    openGroup = g;
                }
            }
            for (CellSpec c : row.cells()) cells.add(GridCell.of(value(r, c), Role.VALUE));
            out.add(cells);
        }
        double v = 62.0 / 7;
        return new Grid(out, 10, new double[]{5, 9, 24, v, v, v, v, v, v, v});
    }

    // ------------------------------------------------------------------------------------------------ T4

    private static Grid appeals(Report r, Template t) {
        List<CellSpec> cells = t.rows(TableId.T4).stream().flatMap(row -> row.cells().stream()).toList();
        if (cells.size() != 15) throw new IllegalStateException("T4 has 15 cells, the catalogue gives " + cells.size());
        List<List<GridCell>> out = new ArrayList<>();
        out.add(List.of(new GridCell(REVIEW, 5, 1, Role.HEADER), new GridCell(LITIGATION, 10, 1, Role.HEADER)));
        List<GridCell> h2 = new ArrayList<>();
        for (int i = 0; i < 5; i++) h2.add(new GridCell(cells.get(i).columnLabel(), 1, 2, Role.HEADER));
        h2.add(new GridCell(lastPart(cells.get(5).group()), 5, 1, Role.HEADER));
        h2.add(new GridCell(lastPart(cells.get(10).group()), 5, 1, Role.HEADER));
        out.add(h2);
        List<GridCell> h3 = new ArrayList<>();
        for (int i = 5; i < 15; i++) h3.add(GridCell.of(cells.get(i).columnLabel(), Role.HEADER));
        out.add(h3);
        List<GridCell> values = new ArrayList<>();
        for (CellSpec c : cells) values.add(GridCell.of(value(r, c), Role.VALUE));
        out.add(values);
        double[] w = new double[15];
        java.util.Arrays.fill(w, 100.0 / 15);
        return new Grid(out, 15, w);
    }

    /** 「行政诉讼 / 未经复议直接起诉」 → 「未经复议直接起诉」. */
    private static String lastPart(String group) {
        int slash = group.lastIndexOf('/');
        return slash < 0 ? group : group.substring(slash + 1).strip();
    }

    private static String value(Report r, CellSpec spec) {
        Cell c = r.cells().get(spec.id());
        return c == null ? "" : print(c);
    }
}
