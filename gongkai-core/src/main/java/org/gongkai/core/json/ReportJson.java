package org.gongkai.core.json;

import org.gongkai.core.report.BoundingBox;
import org.gongkai.core.report.Cell;
import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Provenance;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.ReportStatus;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Severity;
import org.gongkai.core.template.CellKind;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.SectionId;
import org.gongkai.core.template.Template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The canonical report JSON of spec/report-json.md. */
public final class ReportJson {
    private ReportJson() {}

    public static String write(Report report) { return write(report, true); }

    /**
     * Reads one report written by {@link #write} (or filled in by hand from a skeleton). Cells missing
     * from {@code cells} are blank; a string where a number belongs stays text, so the rules can name it.
     *
     * @throws IllegalArgumentException when the text is not JSON or not a report object
     */
    public static Report read(String json) {
        if (!json.isEmpty() && json.charAt(0) == '\ufeff') json = json.substring(1);
        if (!(JsonParser.parse(json) instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException("报告 JSON 应为一个对象 {…}");
        }
        return read(m);
    }

    static Report read(Map<?, ?> m) {
        Report.Builder b = Report.builder()
                .source(string(m.get("source")))
                .sha256(string(m.get("sha256")))
                .agency(string(m.get("agency")))
                .templateId(string(m.get("template")));
        Object year = m.get("year");
        if (year instanceof BigDecimal y) b.year(y.intValueExact());
        else if (year != null) throw new IllegalArgumentException("year 应为整数，而不是 " + year);
        String status = string(m.get("status"));
        if (status != null) {
            for (ReportStatus s : ReportStatus.values()) if (s.id().equals(status)) b.status(s);
        }
        Map<?, ?> units = map(m.get("units"));
        Map<?, ?> raw = map(m.get("raw"));
        Map<?, ?> provenance = map(m.get("provenance"));
        for (Map.Entry<?, ?> e : map(m.get("cells")).entrySet()) {
            String id = (String) e.getKey();
            b.cell(cell(id, e.getValue(), raw.get(id), units.get(id), provenance.get(id)));
        }
        for (Map.Entry<?, ?> e : map(m.get("extra_cells")).entrySet()) {
            String id = (String) e.getKey();
            b.extraCell(cell(id, e.getValue(), null, null, null));
        }
        for (Map.Entry<?, ?> e : map(m.get("sections")).entrySet()) {
            if (e.getValue() != null) b.section((String) e.getKey(), string(e.getValue()));
        }
        if (m.get("findings") instanceof List<?> fs) {
            for (Object f : fs) b.finding(finding(map(f)));
        }
        return b.build();
    }

    private static Cell cell(String id, Object value, Object raw, Object unit, Object provenance) {
        CellValue v;
        if (value == null) v = CellValue.BLANK;
        else if (value instanceof BigDecimal n) v = new CellValue.Number(n);
        else if (value instanceof String s) v = new CellValue.Text(s);
        else throw new IllegalArgumentException("单元格 " + id + " 的值应为数字、文字或 null，而不是 " + value);
        String printed = string(raw);
        if (printed == null) {
            if (v instanceof CellValue.Number n) printed = n.value().toPlainString();
            else if (v instanceof CellValue.Text t) printed = t.text();
        }
        Provenance p = provenance instanceof Map<?, ?> pm ? provenance(pm) : null;
        return new Cell(id, v, printed, string(unit), p);
    }

    private static Provenance provenance(Map<?, ?> m) {
        BoundingBox box = null;
        if (m.get("box") instanceof List<?> l && l.size() == 4) {
            box = new BoundingBox(dbl(l.get(0)), dbl(l.get(1)), dbl(l.get(2)), dbl(l.get(3)));
        }
        return new Provenance(integer(m.get("page")), integer(m.get("line")), integer(m.get("table")),
                integer(m.get("row")), integer(m.get("column")), box, string(m.get("text")));
    }

    private static Finding finding(Map<?, ?> m) {
        List<String> cells = new ArrayList<>();
        if (m.get("cells") instanceof List<?> l) for (Object c : l) cells.add(string(c));
        String sev = string(m.get("severity"));
        String kind = string(m.get("kind"));
        return new Finding(string(m.get("rule")),
                sev == null ? Severity.INFO : Severity.valueOf(sev.toUpperCase(Locale.ROOT)),
                kind == null ? FindingKind.REPORT : FindingKind.valueOf(kind.toUpperCase(Locale.ROOT)),
                cells, (BigDecimal) m.get("expected"), (BigDecimal) m.get("actual"), string(m.get("message")));
    }

    private static Map<?, ?> map(Object o) { return o instanceof Map<?, ?> m ? m : Map.of(); }

    private static String string(Object o) { return o == null ? null : o.toString(); }

    private static Integer integer(Object o) { return o instanceof BigDecimal n ? n.intValueExact() : null; }

    private static float dbl(Object o) { return o instanceof BigDecimal n ? n.floatValue() : 0f; }

    public static String write(Report report, boolean pretty) {
        JsonWriter w = new JsonWriter(pretty);
        write(w, report);
        return w.toString();
    }

    /** Several reports as one JSON array. */
    public static String writeAll(List<Report> reports, boolean pretty) {
        JsonWriter w = new JsonWriter(pretty);
        w.beginArray();
        for (Report r : reports) write(w, r);
        w.endArray();
        return w.toString();
    }

    public static void write(JsonWriter w, Report r) {
        Template t = r.template().orElse(null);
        w.beginObject();
        w.name("source").value(r.source());
        w.name("sha256").value(r.sha256());
        w.name("agency").value(r.agency());
        w.name("year").value(r.year());
        w.name("template").value(r.templateId());
        w.name("status").value(r.status().id());

        w.name("cells").beginObject();
        for (Cell c : r.cells().values()) {
            w.name(c.id());
            writeValue(w, c.value());
        }
        w.endObject();

        w.name("units").beginObject();
        if (t != null) {
            for (CellSpec spec : t.cells()) {
                if (spec.kind() != CellKind.AMOUNT) continue;
                Cell c = r.cells().get(spec.id());
                w.name(spec.id()).value(c == null ? null : c.unit());
            }
        }
        w.endObject();

        w.name("raw").beginObject();
        for (Cell c : r.cells().values()) if (c.hasNonPlainRaw()) w.name(c.id()).value(c.raw());
        w.endObject();

        w.name("provenance").beginObject();
        for (Cell c : r.cells().values()) {
            if (c.provenance() == null) continue;
            w.name(c.id());
            writeProvenance(w, c.provenance());
        }
        w.endObject();

        w.name("sections").beginObject();
        for (SectionId s : SectionId.values()) {
            if (!s.isNarrative()) continue;
            w.name(s.jsonName()).value(r.sections().get(s.jsonName()));
        }
        w.endObject();

        w.name("findings").beginArray();
        for (Finding f : r.findings()) writeFinding(w, f);
        w.endArray();

        if (!r.extraCells().isEmpty()) {
            w.name("extra_cells").beginObject();
            for (Map.Entry<String, Cell> e : r.extraCells().entrySet()) {
                w.name(e.getKey());
                writeValue(w, e.getValue().value());
            }
            w.endObject();
        }
        w.endObject();
    }

    private static void writeValue(JsonWriter w, CellValue v) {
        if (v instanceof CellValue.Number n) w.value(n.value());
        else if (v instanceof CellValue.Text t) w.value(t.text());
        else w.nullValue();
    }

    public static void writeProvenance(JsonWriter w, Provenance p) {
        w.beginObject();
        w.name("page").value(p.page());
        w.name("line").value(p.line());
        if (p.table() != null) w.name("table").value(p.table());
        if (p.row() != null) w.name("row").value(p.row());
        if (p.column() != null) w.name("column").value(p.column());
        if (p.box() != null) {
            BoundingBox b = p.box();
            w.name("box").beginArray()
                    .value(BigDecimal.valueOf(b.x())).value(BigDecimal.valueOf(b.y()))
                    .value(BigDecimal.valueOf(b.width())).value(BigDecimal.valueOf(b.height()))
                    .endArray();
        }
        w.name("text").value(p.text());
        w.endObject();
    }

    public static void writeFinding(JsonWriter w, Finding f) {
        w.beginObject();
        w.name("rule").value(f.rule());
        w.name("severity").value(f.severity().id());
        w.name("kind").value(f.kind().id());
        w.name("cells").beginArray();
        for (String c : f.cells()) w.value(c);
        w.endArray();
        w.name("expected").value(f.expected());
        w.name("actual").value(f.actual());
        w.name("message").value(f.message());
        w.endObject();
    }
}
