package org.gongkai.core.json;

import org.gongkai.core.report.BoundingBox;
import org.gongkai.core.report.Cell;
import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Provenance;
import org.gongkai.core.report.Report;
import org.gongkai.core.template.CellKind;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.SectionId;
import org.gongkai.core.template.Template;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The canonical report JSON of spec/report-json.md. */
public final class ReportJson {
    private ReportJson() {}

    public static String write(Report report) { return write(report, true); }

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
