package org.gongkai.store;

import org.gongkai.core.report.BoundingBox;
import org.gongkai.core.report.Cell;
import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Provenance;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.ReportStatus;
import org.gongkai.core.template.SectionId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reports, their cells and sections in the database: written whole, read back whole. */
final class Reports {
    private Reports() {}

    static final String SUMMARY_SELECT = """
            select r.id, r.document_sha256, r.source, r.organ_id, o.name as organ, o.region_code, r.report_year,
                   r.template, r.status, r.reason, r.extractor_version,
                   (select count(*) from finding f where f.report_id = r.id and f.severity = 'error') as errors,
                   (select count(*) from finding f where f.report_id = r.id) as findings
            from report r left join organ o on o.id = r.organ_id
            """;

    static List<ReportSummary> list(Handle h, ReportFilter filter) {
        return filter.bind(h.createQuery(SUMMARY_SELECT + " where " + filter.where() + " order by r.id"))
                .map((rs, ctx) -> summary(rs)).list();
    }

    static Optional<ReportSummary> summary(Handle h, long id) {
        return h.createQuery(SUMMARY_SELECT + " where r.id = :id").bind("id", id).map((rs, ctx) -> summary(rs)).findOne();
    }

    private static ReportSummary summary(ResultSet rs) throws SQLException {
        return new ReportSummary(rs.getLong("id"), rs.getString("document_sha256"), rs.getString("source"),
                (Long) rs.getObject("organ_id", Long.class), rs.getString("organ"), rs.getString("region_code"),
                (Integer) rs.getObject("report_year", Integer.class), rs.getString("template"), rs.getString("status"),
                rs.getString("reason"), rs.getInt("extractor_version"), rs.getInt("errors"), rs.getInt("findings"));
    }

    /** The id of the report read from a document, and the extractor version that read it. */
    record Existing(long id, int extractorVersion, Long organId) {}

    static Optional<Existing> byDocument(Handle h, String sha256) {
        return h.createQuery("select id, extractor_version, organ_id from report where document_sha256 = :sha")
                .bind("sha", sha256)
                .map((rs, ctx) -> new Existing(rs.getLong(1), rs.getInt(2), (Long) rs.getObject(3, Long.class)))
                .findOne();
    }

    /** Inserts the report row of a document and returns its id. */
    static long insert(Handle h, String sha256, ReportRow row) {
        return h.createUpdate("""
                        insert into report (document_sha256, organ_id, source, agency, report_year, template, status,
                                            reason, advice, extractor_version)
                        values (:sha, :organ, :source, :agency, :year, :template, :status, :reason, :advice, :version)
                        """)
                .bind("sha", sha256).bindMap(row.columns())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Replaces what a report row says, keeping its id (and so the review of its findings). */
    static void update(Handle h, long id, ReportRow row) {
        h.createUpdate("""
                        update report set organ_id = :organ, source = :source, agency = :agency, report_year = :year,
                               template = :template, status = :status, reason = :reason, advice = :advice,
                               extractor_version = :version
                        where id = :id
                        """)
                .bind("id", id).bindMap(row.columns()).execute();
        h.createUpdate("delete from cell where report_id = :id").bind("id", id).execute();
        h.createUpdate("delete from section where report_id = :id").bind("id", id).execute();
        h.createUpdate("delete from finding where report_id = :id").bind("id", id).execute();
    }

    /** The columns of a report row. */
    record ReportRow(Long organ, String source, String agency, Integer year, String template, String status,
                     String reason, String advice, int version) {
        Map<String, Object> columns() {
            Map<String, Object> m = new java.util.HashMap<>();
            m.put("organ", organ);
            m.put("source", source);
            m.put("agency", agency);
            m.put("year", year);
            m.put("template", template);
            m.put("status", status);
            m.put("reason", reason);
            m.put("advice", advice);
            m.put("version", version);
            return m;
        }
    }

    static void insertContent(Handle h, long id, Report report) {
        PreparedBatch cells = h.prepareBatch("""
                insert into cell (report_id, cell_id, extra, ordinal, kind, number_value, number_scale, text_value, raw, unit,
                                  prov_page, prov_line, prov_table, prov_row, prov_column, prov_box, prov_text)
                values (:report, :cell, :extra, :ordinal, :kind, :value, :scale, :vtext, :raw, :unit,
                        :page, :line, :tbl, :row, :col, :box, :text)
                """);
        int ordinal = 0;
        for (Cell c : report.cells().values()) addCell(cells, id, c, false, ordinal++);
        for (Cell c : report.extraCells().values()) addCell(cells, id, c, true, ordinal++);
        if (ordinal > 0) cells.execute();

        PreparedBatch sections = h.prepareBatch("insert into section (report_id, name, body) values (:report, :name, :body)");
        int n = 0;
        for (Map.Entry<String, String> s : report.sections().entrySet()) {
            sections.bind("report", id).bind("name", s.getKey()).bind("body", s.getValue()).add();
            n++;
        }
        if (n > 0) sections.execute();
        Findings.insert(h, id, report.findings(), "report", null, null);
    }

    private static void addCell(PreparedBatch b, long report, Cell c, boolean extra, int ordinal) {
        CellValue v = c.value();
        String kind = v instanceof CellValue.Number ? "number" : v instanceof CellValue.Text ? "text" : "blank";
        BigDecimal n = v.number();
        Provenance p = c.provenance();
        BoundingBox box = p == null ? null : p.box();
        b.bind("report", report).bind("cell", c.id()).bind("extra", extra).bind("ordinal", ordinal)
                .bind("kind", kind).bind("value", n).bind("scale", n == null ? null : n.scale())
                .bind("vtext", v instanceof CellValue.Text t ? t.text() : null).bind("raw", c.raw()).bind("unit", c.unit())
                .bind("page", p == null ? null : p.page()).bind("line", p == null ? null : p.line())
                .bind("tbl", p == null ? null : p.table()).bind("row", p == null ? null : p.row())
                .bind("col", p == null ? null : p.column())
                .bind("box", box == null ? null : box.x() + "," + box.y() + "," + box.width() + "," + box.height())
                .bind("text", p == null ? null : p.text())
                .add();
    }

    /** A stored report read back: the same report the extractor gave, plus its findings across years. */
    static Optional<Report> load(Handle h, long id) { return load(h, id, true); }

    static Optional<Report> load(Handle h, long id, boolean withHistory) {
        Optional<Report.Builder> head = h.createQuery("""
                        select document_sha256, source, agency, report_year, template, status from report where id = :id
                        """)
                .bind("id", id)
                .map((rs, ctx) -> Report.builder()
                        .sha256(rs.getString("document_sha256")).source(rs.getString("source"))
                        .agency(rs.getString("agency")).year((Integer) rs.getObject("report_year", Integer.class))
                        .templateId(rs.getString("template")).status(status(rs.getString("status"))))
                .findOne();
        if (head.isEmpty()) return Optional.empty();
        Report.Builder b = head.get();
        h.createQuery("select * from cell where report_id = :id order by ordinal").bind("id", id)
                .map((rs, ctx) -> {
                    Cell c = cell(rs);
                    return rs.getBoolean("extra") ? b.extraCell(c) : b.cell(c);
                }).list();
        Map<String, String> sections = new LinkedHashMap<>();
        h.createQuery("select name, body from section where report_id = :id").bind("id", id)
                .map((rs, ctx) -> sections.put(rs.getString(1), rs.getString(2))).list();
        for (SectionId s : SectionId.values()) {
            if (s.jsonName() != null && sections.containsKey(s.jsonName())) b.section(s.jsonName(), sections.remove(s.jsonName()));
        }
        sections.forEach(b::section);
        for (StoredFinding f : Findings.list(h, id)) {
            if (withHistory || f.previousReportId() == null) b.finding(f.finding());
        }
        return Optional.of(b.build());
    }

    private static Cell cell(ResultSet rs) throws SQLException {
        String kind = rs.getString("kind");
        String raw = rs.getString("raw");
        CellValue value = switch (kind) {
            case "number" -> new CellValue.Number(
                    rs.getBigDecimal("number_value").setScale(rs.getInt("number_scale"), RoundingMode.UNNECESSARY));
            case "text" -> new CellValue.Text(rs.getString("text_value"));
            default -> CellValue.BLANK;
        };
        Provenance p = null;
        Integer page = (Integer) rs.getObject("prov_page", Integer.class);
        Integer line = (Integer) rs.getObject("prov_line", Integer.class);
        Integer table = (Integer) rs.getObject("prov_table", Integer.class);
        Integer row = (Integer) rs.getObject("prov_row", Integer.class);
        Integer column = (Integer) rs.getObject("prov_column", Integer.class);
        String box = rs.getString("prov_box");
        String text = rs.getString("prov_text");
        if (page != null || line != null || table != null || row != null || column != null || box != null || text != null) {
            BoundingBox bb = null;
            if (box != null) {
                String[] f = box.split(",");
                bb = new BoundingBox(Float.parseFloat(f[0]), Float.parseFloat(f[1]), Float.parseFloat(f[2]), Float.parseFloat(f[3]));
            }
            p = new Provenance(page, line, table, row, column, bb, text);
        }
        return new Cell(rs.getString("cell_id"), value, raw, rs.getString("unit"), p);
    }

    static ReportStatus status(String id) {
        for (ReportStatus s : ReportStatus.values()) if (s.id().equals(id)) return s;
        throw new IllegalStateException("unknown report status in the database: " + id);
    }

    /** Ids of reports read by an extractor older than the given version (or all), in id order. */
    static List<String> documentsToReread(Handle h, int version, boolean all) {
        return new ArrayList<>(h.createQuery("select document_sha256 from report where extractor_version < :v or :all order by id")
                .bind("v", version).bind("all", all).mapTo(String.class).list());
    }
}
