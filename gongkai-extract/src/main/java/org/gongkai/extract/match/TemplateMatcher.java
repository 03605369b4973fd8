package org.gongkai.extract.match;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Provenance;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.ReportStatus;
import org.gongkai.core.report.Severity;
import org.gongkai.core.template.SectionId;
import org.gongkai.core.template.TableId;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalogue;
import org.gongkai.core.text.LabelKey;
import org.gongkai.extract.UnreadableDocumentException;
import org.gongkai.extract.layout.Block;
import org.gongkai.extract.layout.Layout;
import org.gongkai.extract.layout.Paragraph;
import org.gongkai.extract.layout.Table;
import org.gongkai.extract.layout.TableCell;
import org.gongkai.extract.layout.TableRow;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches a normalised {@link Layout} against the template catalogue: detects the template, year and
 * organ, finds the narrative sections and places every table value into its cell id.
 */
public final class TemplateMatcher {
    private final TemplateCatalogue catalogue;

    public TemplateMatcher(TemplateCatalogue catalogue) { this.catalogue = catalogue; }

    public TemplateMatcher() { this(TemplateCatalogue.standard()); }

    /**
     * @throws UnreadableDocumentException when the layout is not an annual report at all
     */
    public Report match(Layout layout, String sha256) {
        List<Block> blocks = layout.blocks();
        List<String> paragraphs = new ArrayList<>();
        List<Provenance> paragraphWhere = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Paragraph p) { paragraphs.add(p.text()); paragraphWhere.add(p.where()); }
        }
        String all = layout.text();
        String key = LabelKey.of(all);

        Map<SectionId, HeadingFinder.Heading> headings = new HeadingFinder(catalogue).find(paragraphs);
        String overview = sectionText(paragraphs, headings, SectionId.OVERVIEW);

        List<String> head = new ArrayList<>();
        HeadingFinder.Heading first = headings.isEmpty() ? null : headings.values().iterator().next();
        for (int i = 0; i < paragraphs.size() && head.size() < 12; i++) {
            if (first != null && i > first.start().paragraph()) break;
            String p = paragraphs.get(i);
            if (first != null && i == first.start().paragraph()) p = p.substring(0, first.start().offset());
            head.add(p);
        }
        TitleReader.Title title = TitleReader.read(head, overview, all);
        Integer year = title.year() != null && title.year() >= 2000 && title.year() <= 2100 ? title.year() : null;

        String templateId = catalogue.detect(key, year).orElse(null);
        Report.Builder report = Report.builder()
                .source(layout.source()).sha256(sha256)
                .agency(title.agency()).year(year).templateId(templateId);
        for (SectionId s : SectionId.values()) {
            if (s.isNarrative()) report.section(s.jsonName(), sectionText(paragraphs, headings, s));
        }

        Template template = templateId == null ? null : catalogue.template(templateId).orElse(null);
        List<TableMatcher.Row> rows = rows(blocks);
        if (template == null) {
            if (TemplateCatalogue.LEGACY.equals(templateId)) {
                report.status(ReportStatus.PARTIAL).finding(Finding.reading("legacy-template", Severity.INFO, List.of(),
                        "2019 年以前的旧版统计表（指标名称/计量单位/历年累计），不按现行模板读取"));
                return report.build();
            }
            throw notAReport();
        }
        Template other = catalogue.templates().stream().filter(t -> !t.id().equals(template.id())).findFirst().orElse(null);
        TableMatcher tables = new TableMatcher(template, other);
        tables.match(rows);
        tables.cells().values().forEach(report::cell);
        tables.extraCells().values().forEach(report::extraCell);
        report.findings(tables.findings());

        Set<TableId> found = EnumSet.noneOf(TableId.class);
        found.addAll(tables.tablesFound());
        if (found.size() < TableId.values().length) {
            Set<TableId> missing = EnumSet.allOf(TableId.class);
            missing.removeAll(found);
            FlatTextMatcher flat = new FlatTextMatcher(template);
            flat.match(paragraphs, paragraphWhere, missing);
            flat.cells().values().forEach(report::cell);
            report.findings(flat.findings());
            found.addAll(flat.tablesFound());
        }
        if (found.isEmpty()) {
            boolean looksLikeReport = headings.size() >= 3 || key.contains("政府信息公开工作年度报告")
                    || key.contains("政府信息公开年度报告");
            if (!looksLikeReport) throw notAReport();
            report.status(ReportStatus.TABLES_MISSING).finding(Finding.reading("tables-missing", Severity.WARNING, List.of(),
                    "报告正文中没有二、三、四部分的统计表（可能以图片或附件形式发布），表格单元格均为空，不是 0"));
        } else if (found.size() < 3) {
            List<String> missing = new ArrayList<>();
            for (TableId t : TableId.values()) if (!found.contains(t)) missing.add(t.title());
            report.status(ReportStatus.PARTIAL).finding(Finding.reading("table-missing", Severity.WARNING, List.of(),
                    "未找到以下统计表：" + String.join("、", missing) + "；其单元格为空，不是 0"));
        }
        List<String> markers = catalogue.markersFound(key);
        if (markers.size() == 2) {
            report.finding(Finding.reading("template-mixed", Severity.WARNING, List.of(),
                    "报告同时使用了 2019 年版和 2021 年版模板的标签，按 " + template.id() + " 年版读取"));
        }
        return report.build();
    }

    private static UnreadableDocumentException notAReport() {
        return new UnreadableDocumentException("不是政府信息公开工作年度报告：找不到年度报告的标题、章节或统计表",
                "请确认文件是政府信息公开工作年度报告的正文（不是目录页或通知）");
    }

    /** The table rows of the layout, in reading order, as the matcher sees them. */
    private static List<TableMatcher.Row> rows(List<Block> blocks) {
        List<TableMatcher.Row> rows = new ArrayList<>();
        int tableNo = 0;
        for (Block b : blocks) {
            if (!(b instanceof Table t)) continue;
            tableNo++;
            int[][] grid = t.gridColumns();
            for (int r = 0; r < t.rows().size(); r++) {
                TableRow row = t.rows().get(r);
                List<TableMatcher.C> cs = new ArrayList<>(row.cells().size());
                for (int c = 0; c < row.cells().size(); c++) {
                    TableCell cell = row.cells().get(c);
                    Provenance w = cell.where();
                    if (w == null) w = Provenance.cell(tableNo, r + 1, grid[r][c] + 1, cell.text());
                    double pos = position(w, cell, grid[r][c]);
                    String raw = w.text() != null ? w.text() : cell.text();
                    cs.add(new TableMatcher.C(raw, cell.text(), LabelKey.of(cell.text()), w, tableNo, pos));
                }
                rows.add(new TableMatcher.Row(cs, tableNo));
            }
        }
        return rows;
    }

    /**
     * Where a cell sits across the page: its bounding box centre for PDF, its character column for
     * space-aligned text, its grid column for tables with real cells; NaN where nothing says.
     */
    private static double position(Provenance w, TableCell cell, int gridColumn) {
        if (w.box() != null) return w.box().x() + w.box().width() / 2.0;
        if (w.column() != null && w.line() != null && w.table() == null) {
            return w.column() + cell.text().strip().length() / 2.0;
        }
        if (w.table() != null) return gridColumn + cell.colspan() / 2.0;
        return Double.NaN;
    }

    private static String sectionText(List<String> paragraphs, Map<SectionId, HeadingFinder.Heading> headings, SectionId s) {
        HeadingFinder.Heading h = headings.get(s);
        if (h == null) return null;
        HeadingFinder.Pos end = null;
        for (SectionId next : SectionId.values()) {
            if (next.ordinal() <= s.ordinal()) continue;
            HeadingFinder.Heading n = headings.get(next);
            if (n != null) { end = n.start(); break; }
        }
        StringBuilder sb = new StringBuilder();
        HeadingFinder.Pos from = h.bodyStart();
        int last = end == null ? paragraphs.size() - 1 : end.paragraph();
        for (int p = from.paragraph(); p <= last && p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            int a = p == from.paragraph() ? from.offset() : 0;
            int b = end != null && p == end.paragraph() ? end.offset() : text.length();
            if (a >= b) continue;
            String part = text.substring(a, b).strip();
            if (part.isEmpty()) continue;
            if (sb.length() > 0) sb.append('\n');
            sb.append(part);
        }
        String text = sb.toString();
        return (text.startsWith(":") || text.startsWith("：") ? text.substring(1) : text).strip();
    }
}
