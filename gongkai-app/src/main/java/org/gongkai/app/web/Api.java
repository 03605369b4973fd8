package org.gongkai.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.gongkai.core.json.ReportJson;
import org.gongkai.core.report.Cell;
import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Provenance;
import org.gongkai.core.report.Report;
import org.gongkai.core.template.CellSpec;
import org.gongkai.render.RenderFormat;
import org.gongkai.render.ReportRenderer;
import org.gongkai.store.Exporter;
import org.gongkai.store.Organs;
import org.gongkai.store.ReportFilter;
import org.gongkai.store.ReportSummary;
import org.gongkai.store.ReviewState;
import org.gongkai.store.Store;
import org.gongkai.store.StoredFinding;
import org.gongkai.store.region.Region;
import org.gongkai.store.region.RegionCatalogue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The REST API under {@code /api/v1}, with the field names of spec/report-json.md. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private final Store store;
    private final Guard guard;
    private final Uploads uploads;
    private final RegionCatalogue regions = RegionCatalogue.standard();

    Api(Store store, Guard guard, Uploads uploads) {
        this.store = store;
        this.guard = guard;
        this.uploads = uploads;
    }

    void routes(RoutesConfig r) {
        r.get("/api/v1/reports", this::reports);
        r.get("/api/v1/reports/{id}", ctx -> text(ctx, "application/json", ReportJson.write(report(ctx))));
        r.get("/api/v1/reports/{id}/cells", ctx -> json(ctx, cells(report(ctx))));
        r.get("/api/v1/reports/{id}/cells/{cell}", this::cell);
        r.get("/api/v1/reports/{id}/findings", ctx -> json(ctx, findings(id(ctx))));
        r.post("/api/v1/reports/{id}/findings/review", this::review);
        r.get("/api/v1/reports/{id}/export/{format}", this::exportReport);
        r.get("/api/v1/organs", ctx -> json(ctx, store.organs().list().stream().map(this::organ).toList()));
        r.get("/api/v1/organs/{id}", this::organDetail);
        r.get("/api/v1/regions", this::regionList);
        r.get("/api/v1/compare", this::compare);
        r.get("/api/v1/export", this::export);
        r.post("/api/v1/upload", this::upload);
        r.exception(ApiError.class, (e, ctx) -> {
            if (ctx.path().startsWith("/api/")) {
                ctx.status(e.status);
                json(ctx, Map.of("status", e.status, "error", e.getMessage()));
            } else {
                ctx.status(e.status).contentType("text/plain; charset=utf-8").result(e.getMessage());
            }
        });
        r.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (ctx.path().startsWith("/api/") && (type == null || !type.startsWith("application/json"))) {
                json(ctx, Map.of("status", 404, "error", "没有这个接口：" + ctx.method() + " " + ctx.path() + "；见 docs/api.md"));
            }
        });
    }

    // ------------------------------------------------------------------------------------------ reports

    private void reports(Context ctx) {
        ReportFilter filter = filter(ctx.queryParam("region"), ctx.queryParam("year"), ctx.queryParam("template"), regions);
        json(ctx, store.list(filter).stream().map(this::summary).toList());
    }

    Map<String, Object> summary(ReportSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("source", s.source());
        m.put("sha256", s.sha256());
        m.put("organ", s.organ());
        m.put("organ_id", s.organId());
        m.put("region", s.regionCode());
        m.put("year", s.year());
        m.put("template", s.template());
        m.put("status", s.status());
        m.put("reason", s.reason());
        m.put("errors", s.errors());
        m.put("findings", s.findings());
        return m;
    }

    /** ?region= (a code or a name), ?year=, ?template=, each optional. */
    static ReportFilter filter(String region, String year, String template, RegionCatalogue regions) {
        List<String> prefixes = new ArrayList<>();
        if (region != null && !region.isBlank()) {
            List<Region> found = regions.find(region.strip());
            if (found.isEmpty()) throw ApiError.badRequest("没有名为或代码为「" + region + "」的行政区划；请给出如 32、320281、江苏省 的区划");
            for (Region r : found) prefixes.add(r.prefix());
        }
        Integer y = null;
        if (year != null && !year.isBlank()) {
            try {
                y = Integer.valueOf(year.strip());
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("year 应为年份数字，如 2021，而不是「" + year + "」");
            }
        }
        String t = template == null || template.isBlank() ? null : template.strip();
        if (t != null && !List.of("2019", "2021", "legacy").contains(t)) {
            throw ApiError.badRequest("template 应为 2019、2021 或 legacy，而不是「" + template + "」");
        }
        return new ReportFilter(prefixes, y, t);
    }

    static long id(Context ctx) { return id(ctx.pathParam("id"), "报告编号"); }

    static long id(String s, String what) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(what + "应为数字，而不是「" + s + "」");
        }
    }

    Report report(Context ctx) { return load(id(ctx)); }

    Report load(long id) {
        return store.report(id).orElseThrow(() -> ApiError.notFound("报告 " + id));
    }

    static List<Map<String, Object>> cells(Report r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Cell c : r.cells().values()) out.add(cell(r, c));
        return out;
    }

    private void cell(Context ctx) {
        Report r = report(ctx);
        String id = ctx.pathParam("cell");
        Cell c = r.cell(id).orElseThrow(() -> ApiError.notFound("报告 " + id(ctx) + " 的单元格 " + id));
        json(ctx, cell(r, c));
    }

    static Map<String, Object> cell(Report r, Cell c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", r.template().flatMap(t -> t.cell(c.id())).map(CellSpec::displayName).orElse(null));
        CellValue v = c.value();
        m.put("value", v instanceof CellValue.Text t ? t.text() : v.number());
        m.put("raw", c.raw());
        m.put("unit", c.unit());
        m.put("provenance", provenance(c.provenance()));
        return m;
    }

    static Map<String, Object> provenance(Provenance p) {
        if (p == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", p.page());
        m.put("line", p.line());
        if (p.table() != null) m.put("table", p.table());
        if (p.row() != null) m.put("row", p.row());
        if (p.column() != null) m.put("column", p.column());
        m.put("text", p.text());
        return m;
    }

    List<Map<String, Object>> findings(long reportId) {
        if (store.summary(reportId).isEmpty()) throw ApiError.notFound("报告 " + reportId);
        return store.findings(reportId).stream().map(Api::finding).toList();
    }

    static Map<String, Object> finding(StoredFinding s) {
        Finding f = s.finding();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", s.key());
        m.put("rule", f.rule());
        m.put("severity", f.severity().id());
        m.put("kind", f.kind().id());
        m.put("cells", f.cells());
        m.put("expected", f.expected());
        m.put("actual", f.actual());
        m.put("message", f.message());
        m.put("previous_report_id", s.previousReportId());
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("state", s.state().id());
        review.put("note", s.note());
        review.put("reviewer", s.reviewer());
        review.put("reviewed_at", s.reviewedAt() == null ? null : s.reviewedAt().toString());
        m.put("review", review);
        return m;
    }

    private void review(Context ctx) {
        if (!guard.allows(ctx)) throw new ApiError(401, "需要令牌：请在 X-Gongkai-Token 头或 Authorization: Bearer 中给出");
        long id = id(ctx);
        if (store.summary(id).isEmpty()) throw ApiError.notFound("报告 " + id);
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("请求体应为 JSON，如 {\"key\": \"…\", \"state\": \"confirmed\", \"note\": \"…\"}");
        }
        if (body == null || !body.isObject()) throw ApiError.badRequest("请求体应为 JSON 对象");
        String key = text(body, "key");
        String state = text(body, "state");
        if (key == null) throw ApiError.badRequest("缺少 key（问题的键，见 GET /api/v1/reports/" + id + "/findings）");
        if (state == null) throw ApiError.badRequest("缺少 state：open、confirmed 或 dismissed");
        ReviewState s;
        try {
            s = ReviewState.parse(state);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("state 应为 open、confirmed 或 dismissed，而不是「" + state + "」");
        }
        review(id, key, s, text(body, "note"), Optional.ofNullable(text(body, "reviewer")).orElse("web"));
        StoredFinding done = store.findings(id).stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
        json(ctx, finding(done));
    }

    void review(long id, String key, ReviewState s, String note, String reviewer) {
        if (store.findings(id).stream().noneMatch(f -> f.key().equals(key))) {
            throw ApiError.notFound("报告 " + id + " 中键为 " + key + " 的问题");
        }
        store.review(id, key, s, note == null || note.isBlank() ? null : note.strip(), reviewer);
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    // ------------------------------------------------------------------------------------------- export

    private void exportReport(Context ctx) {
        Report r = report(ctx);
        String format = ctx.pathParam("format").toLowerCase(Locale.ROOT);
        String base = "report-" + id(ctx);
        switch (format) {
            case "json" -> download(ctx, base + ".json", "application/json", ReportJson.write(r).getBytes(StandardCharsets.UTF_8));
            case "xlsx" -> download(ctx, base + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(r));
            case "html", "docx", "pdf", "txt" -> {
                RenderFormat f = RenderFormat.of(format);
                if (r.template().isEmpty()) throw ApiError.badRequest("报告未识别出模板，无法按统一格式生成");
                String type = switch (f) {
                    case HTML -> "text/html; charset=utf-8";
                    case DOCX -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                    case PDF -> "application/pdf";
                    case TEXT -> "text/plain; charset=utf-8";
                };
                download(ctx, base + "." + f.extension(), type, ReportRenderer.allowingErrors().render(r, f));
            }
            default -> throw ApiError.badRequest("不支持的格式「" + format + "」：可用 json、xlsx、html、docx、pdf、txt");
        }
    }

    /** One sheet: every cell with its label, value as printed, and where it was read. */
    static byte[] xlsx(Report r) {
        ByteArrayOutputStream os = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(os, "Gongkai", "1.0");
            Worksheet ws = wb.newWorksheet("单元格");
            String[] head = {"cell", "名称", "value", "raw", "unit", "位置", "原文"};
            for (int i = 0; i < head.length; i++) ws.value(0, i, head[i]);
            int row = 1;
            for (Cell c : r.cells().values()) {
                ws.value(row, 0, c.id());
                ws.value(row, 1, r.template().flatMap(t -> t.cell(c.id())).map(CellSpec::displayName).orElse(""));
                CellValue v = c.value();
                if (v instanceof CellValue.Number n) ws.value(row, 2, n.value());
                else if (v instanceof CellValue.Text t) ws.value(row, 2, t.text());
                if (c.raw() != null) ws.value(row, 3, c.raw());
                if (c.unit() != null) ws.value(row, 4, c.unit());
                if (c.provenance() != null) {
                    ws.value(row, 5, c.provenance().describe());
                    if (c.provenance().text() != null) ws.value(row, 6, c.provenance().text());
                }
                row++;
            }
            Worksheet fs = wb.newWorksheet("问题");
            String[] fh = {"rule", "severity", "kind", "cells", "expected", "actual", "message"};
            for (int i = 0; i < fh.length; i++) fs.value(0, i, fh[i]);
            int fr = 1;
            for (Finding f : r.findings()) {
                fs.value(fr, 0, f.rule());
                fs.value(fr, 1, f.severity().id());
                fs.value(fr, 2, f.kind().id());
                fs.value(fr, 3, String.join(" ", f.cells()));
                if (f.expected() != null) fs.value(fr, 4, f.expected());
                if (f.actual() != null) fs.value(fr, 5, f.actual());
                fs.value(fr, 6, f.message());
                fr++;
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return os.toByteArray();
    }

    private void export(Context ctx) throws IOException {
        String f = Optional.ofNullable(ctx.queryParam("format")).orElse("csv");
        Exporter.Format format;
        try {
            format = Exporter.Format.parse(f);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("format 应为 csv、xlsx 或 json，而不是「" + f + "」");
        }
        ReportFilter filter = filter(ctx.queryParam("region"), ctx.queryParam("year"), ctx.queryParam("template"), regions);
        Path tmp = Files.createTempFile("gongkai-export", "." + format.name().toLowerCase(Locale.ROOT));
        try {
            store.exporter().export(format, Exporter.Shape.WIDE, filter, tmp);
            String type = switch (format) {
                case CSV -> "text/csv; charset=utf-8";
                case XLSX -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                case JSON -> "application/json";
            };
            download(ctx, "gongkai." + format.name().toLowerCase(Locale.ROOT), type, Files.readAllBytes(tmp));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    // -------------------------------------------------------------------------------------- organs, regions

    Map<String, Object> organ(Organs.Organ o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", o.id());
        m.put("name", o.name());
        m.put("region", o.regionCode().orElse(null));
        m.put("region_path", o.region().stream().map(Region::name).toList());
        m.put("sector", o.sector());
        m.put("resolution", o.resolution());
        m.put("names", o.names());
        return m;
    }

    private void organDetail(Context ctx) {
        long id = id(ctx.pathParam("id"), "机关编号");
        Organs.Organ o = store.organs().get(id).orElseThrow(() -> ApiError.notFound("机关 " + id));
        OrganHistory h = OrganHistory.of(store, o);
        Map<String, Object> m = organ(o);
        List<Map<String, Object>> years = new ArrayList<>();
        for (OrganHistory.Year y : h.years()) {
            Map<String, Object> ym = new LinkedHashMap<>();
            ym.put("report_id", y.summary().id());
            ym.put("year", y.summary().year());
            ym.put("template", y.summary().template());
            ym.put("status", y.summary().status());
            ym.put("applications", y.applications());
            ym.put("outcomes", y.outcomes());
            ym.put("review_correction_rate", y.reviewCorrectionRate());
            ym.put("suit_correction_rate", y.suitCorrectionRate());
            years.add(ym);
        }
        m.put("reports", years);
        m.put("cross_year_findings", h.crossYear().stream().map(Api::finding).toList());
        json(ctx, m);
    }

    private void regionList(Context ctx) {
        String q = ctx.queryParam("q");
        List<Region> found;
        if (q != null && !q.isBlank()) {
            found = regions.find(q.strip());
        } else {
            // the regions of the stored organs, with the regions above them
            java.util.Set<Region> used = new java.util.TreeSet<>(java.util.Comparator.comparing(Region::code));
            for (Organs.Organ o : store.organs().list()) used.addAll(o.region());
            found = new ArrayList<>(used);
        }
        json(ctx, found.stream().map(r -> Map.of("code", r.code(), "name", r.name(), "level", r.level())).toList());
    }

    // ---------------------------------------------------------------------------------------- compare, upload

    private void compare(Context ctx) {
        String a = ctx.queryParam("a");
        String b = ctx.queryParam("b");
        if (a == null || b == null) throw ApiError.badRequest("需要两个报告编号：?a=1&b=2");
        long ia = id(a, "a");
        long ib = id(b, "b");
        Comparison c = Comparison.of(load(ia), load(ib));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", ia);
        m.put("b", ib);
        m.put("changed", c.changedCount());
        m.put("cells", c.cells());
        m.put("sections", c.sections());
        json(ctx, m);
    }

    private void upload(Context ctx) {
        if (!guard.allows(ctx)) throw new ApiError(401, "需要令牌：请在 X-Gongkai-Token 头或 Authorization: Bearer 中给出");
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank()) throw ApiError.badRequest("缺少文件名：POST /api/v1/upload?name=报告.pdf，文件内容作请求体");
        long declared = ctx.req().getContentLengthLong();
        Uploads.Result result;
        try {
            result = uploads.accept(name, declared, ctx.req().getInputStream());
        } catch (IOException e) {
            throw new ApiError(400, "上传中断（" + e.getMessage() + "）；请重新上传");
        }
        ctx.status(result.kind().equals("failed") ? 422 : 201);
        json(ctx, result);
    }

    // ------------------------------------------------------------------------------------------- helpers

    static void json(Context ctx, Object value) {
        try {
            text(ctx, "application/json", JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(Context ctx, String type, String body) {
        ctx.contentType(type + "; charset=utf-8").result(body);
    }

    private static void download(Context ctx, String name, String type, byte[] bytes) {
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8));
        ctx.result(bytes);
    }

}
