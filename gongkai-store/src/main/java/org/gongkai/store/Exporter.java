package org.gongkai.store;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.gongkai.core.json.ReportJson;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.TableId;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalogue;
import org.gongkai.store.region.Region;
import org.gongkai.store.region.RegionCatalogue;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stored reports as files analysts open: CSV in wide form (one row per report, every cell of spec/cells.tsv
 * in its order) or long form (one row per cell), XLSX with a sheet per template and Chinese headers, and JSON
 * (the canonical report JSON of each report). Reports are written one at a time, never all held.
 */
public final class Exporter {
    public enum Format {
        CSV, XLSX, JSON;

        public static Format parse(String s) {
            for (Format f : values()) if (f.name().equalsIgnoreCase(s.strip())) return f;
            throw new IllegalArgumentException("unknown export format '" + s + "': use csv, xlsx or json");
        }
    }

    /** Wide: one row per report. Long: one row per cell. */
    public enum Shape { WIDE, LONG }

    private static final List<String> META_IDS = List.of("report_id", "organ", "province_code", "province", "city_code",
            "city", "county_code", "county", "year", "template", "status", "agency", "sha256");
    private static final List<String> META_ZH = List.of("报告编号", "机关", "省级区划代码", "省级", "地级区划代码", "地级",
            "县级区划代码", "县级", "年度", "模板", "状态", "报告所署机关", "文件 SHA-256");

    private final Jdbi jdbi;
    private final RegionCatalogue regions;

    Exporter(Jdbi jdbi, RegionCatalogue regions) {
        this.jdbi = jdbi;
        this.regions = regions;
    }

    /**
     * Writes the reports that pass the filter to a file.
     *
     * @return the number of reports written
     */
    public long export(Format format, Shape shape, ReportFilter filter, Path out) {
        try {
            return switch (format) {
                case CSV -> shape == Shape.WIDE ? wideCsv(filter, out) : longCsv(filter, out);
                case XLSX -> {
                    if (shape == Shape.LONG) throw new IllegalArgumentException("XLSX 只提供宽表（每份报告一行）；长表请用 --to csv --long");
                    yield xlsx(filter, out);
                }
                case JSON -> json(filter, out);
            };
        } catch (IOException e) {
            throw new UncheckedIOException("无法写入 " + out + "（" + e.getMessage() + "）", e);
        }
    }

    /** Every cell id of spec/cells.tsv, in its order (both templates interleaved as the file has them). */
    static List<String> allCellIds() {
        List<String> ids = new ArrayList<>();
        try (InputStream in = TemplateCatalogue.class.getResourceAsStream("cells.tsv")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                ids.add(line.substring(0, line.indexOf('\t')));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    /** 「第二十条第（一）项·规章·本年新制作数量」, 「（三）不予公开·1.属于国家秘密·自然人」, 「行政复议·结果维持」. */
    static String chineseHeader(CellSpec c) {
        List<String> parts = new ArrayList<>();
        if (c.table() == TableId.T2 || c.table() == TableId.T4 || c.group().startsWith("（")) parts.add(c.group());
        if (!c.rowLabel().isEmpty()) parts.add(c.rowLabel());
        parts.add(c.columnLabel());
        return String.join("·", parts);
    }

    // ------------------------------------------------------------------------------------------------ csv

    private long wideCsv(ReportFilter filter, Path out) throws IOException {
        List<String> cellIds = allCellIds();
        try (Writer w = writer(out); CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>(META_IDS);
            header.addAll(cellIds);
            csv.printRecord(header);
            return jdbi.withHandle(h -> {
                long n = 0;
                for (ReportSummary s : Reports.list(h, filter)) {
                    List<Object> row = new ArrayList<>(meta(h, s));
                    Map<String, String> values = values(h, s.id());
                    for (String id : cellIds) row.add(values.getOrDefault(id, ""));
                    print(csv, row);
                    n++;
                }
                return n;
            });
        }
    }

    private long longCsv(ReportFilter filter, Path out) throws IOException {
        try (Writer w = writer(out); CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180)) {
            csv.printRecord("report_id", "cell_id", "value", "raw", "unit");
            return jdbi.withHandle(h -> {
                long n = 0;
                for (ReportSummary s : Reports.list(h, filter)) {
                    h.createQuery("select cell_id, kind, number_value, number_scale, text_value, raw, unit from cell"
                                    + " where report_id = :id and extra = false order by ordinal")
                            .bind("id", s.id())
                            .map((rs, ctx) -> List.of(s.id(), rs.getString(1),
                                    value(rs.getString(2), rs.getBigDecimal(3), rs.getInt(4), rs.getString(5)),
                                    nz(rs.getString(6)), nz(rs.getString(7))))
                            .forEach(row -> print(csv, row));
                    n++;
                }
                return n;
            });
        }
    }

    private static void print(CSVPrinter csv, List<?> row) {
        try {
            csv.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Writer writer(Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        return new BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8));
    }

    // ----------------------------------------------------------------------------------------------- xlsx

    private long xlsx(ReportFilter filter, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        long n = 0;
        try (OutputStream os = Files.newOutputStream(out)) {
            Workbook wb = new Workbook(os, "Gongkai", "1.0");
            for (Template t : TemplateCatalogue.standard().templates()) {
                n += sheet(wb, t.id() + " 模板", t.cells(), filter.withTemplate(t.id()));
            }
            // reports with no template (unreadable, tables missing without a year) still get their row
            n += jdbi.withHandle(h -> {
                List<ReportSummary> rest = new ArrayList<>();
                for (ReportSummary s : Reports.list(h, filter)) {
                    if (s.template() == null || TemplateCatalogue.standard().template(s.template()).isEmpty()) rest.add(s);
                }
                if (rest.isEmpty()) return 0L;
                Worksheet ws = wb.newWorksheet("未识别模板");
                header(ws, List.of());
                int r = 1;
                for (ReportSummary s : rest) metaRow(ws, r++, meta(h, s));
                finish(ws);
                return (long) rest.size();
            });
            wb.finish();
        }
        return n;
    }

    private long sheet(Workbook wb, String name, List<CellSpec> cells, ReportFilter filter) {
        if (filter.template() != null && !name.startsWith(filter.template())) return 0;
        return jdbi.withHandle(h -> {
            Worksheet ws = wb.newWorksheet(name);
            header(ws, cells);
            int r = 1;
            for (ReportSummary s : Reports.list(h, filter)) {
                metaRow(ws, r, meta(h, s));
                Map<String, Object> values = typedValues(h, s.id());
                int c = META_ZH.size();
                for (CellSpec spec : cells) {
                    Object v = values.get(spec.id());
                    if (v instanceof BigDecimal d) ws.value(r, c, d);
                    else if (v instanceof String str) ws.value(r, c, str);
                    c++;
                }
                r++;
                if (r % 1000 == 0) flush(ws);
            }
            finish(ws);
            return (long) (r - 1);
        });
    }

    private static void header(Worksheet ws, List<CellSpec> cells) {
        int c = 0;
        for (String h : META_ZH) ws.value(0, c++, h);
        for (CellSpec spec : cells) ws.value(0, c++, chineseHeader(spec));
        ws.style(0, 0).bold().set();
        ws.freezePane(2, 1);
    }

    private static void metaRow(Worksheet ws, int r, List<Object> meta) {
        for (int c = 0; c < meta.size(); c++) {
            Object v = meta.get(c);
            if (v instanceof Number num) ws.value(r, c, num);
            else if (v != null && !v.toString().isEmpty()) ws.value(r, c, v.toString());
        }
    }

    private static void flush(Worksheet ws) {
        try {
            ws.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void finish(Worksheet ws) {
        try {
            ws.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ----------------------------------------------------------------------------------------------- json

    private long json(ReportFilter filter, Path out) throws IOException {
        try (Writer w = writer(out)) {
            return jdbi.withHandle(h -> {
                long n = 0;
                try {
                    w.write("[\n");
                    for (ReportSummary s : Reports.list(h, filter)) {
                        var report = Reports.load(h, s.id()).orElseThrow();
                        if (n > 0) w.write(",\n");
                        w.write(ReportJson.write(report, true));
                        n++;
                    }
                    w.write("\n]\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return n;
            });
        }
    }

    // ---------------------------------------------------------------------------------------------- shared

    private List<Object> meta(Handle h, ReportSummary s) {
        String[] codes = new String[3];
        String[] names = new String[3];
        if (s.regionCode() != null) {
            regions.byCode(s.regionCode()).ifPresent(region -> {
                for (Region r : regions.path(region)) {
                    codes[r.level() - 1] = r.code();
                    names[r.level() - 1] = r.name();
                }
            });
        }
        String agency = h.createQuery("select agency from report where id = :id").bind("id", s.id()).mapTo(String.class).one();
        List<Object> row = new ArrayList<>();
        row.add(s.id());
        row.add(nz(s.organ()));
        for (int i = 0; i < 3; i++) {
            row.add(nz(codes[i]));
            row.add(nz(names[i]));
        }
        row.add(s.year() == null ? "" : s.year());
        row.add(nz(s.template()));
        row.add(s.status());
        row.add(nz(agency));
        row.add(s.sha256());
        return row;
    }

    private static Map<String, String> values(Handle h, long reportId) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, Object> e : typedValues(h, reportId).entrySet()) {
            Object v = e.getValue();
            out.put(e.getKey(), v instanceof BigDecimal d ? d.toPlainString() : v.toString());
        }
        return out;
    }

    /** Numbers as printed (scale kept), text as text; blanks are absent. */
    private static Map<String, Object> typedValues(Handle h, long reportId) {
        Map<String, Object> out = new HashMap<>();
        h.createQuery("select cell_id, kind, number_value, number_scale, text_value from cell where report_id = :id and extra = false")
                .bind("id", reportId)
                .map((rs, ctx) -> {
                    String kind = rs.getString(2);
                    if (kind.equals("number")) {
                        out.put(rs.getString(1), rs.getBigDecimal(3).setScale(rs.getInt(4), RoundingMode.UNNECESSARY));
                    } else if (kind.equals("text")) {
                        out.put(rs.getString(1), rs.getString(5));
                    }
                    return 0;
                }).list();
        return out;
    }

    private static String value(String kind, BigDecimal v, int scale, String text) {
        return switch (kind.toLowerCase(Locale.ROOT)) {
            case "number" -> v.setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
            case "text" -> text;
            default -> "";
        };
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
