package org.gongkai.app.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Report;
import org.gongkai.core.template.SectionId;
import org.gongkai.core.template.Template;
import org.gongkai.store.Organs;
import org.gongkai.store.ReportFilter;
import org.gongkai.store.ReportSummary;
import org.gongkai.store.ReviewState;
import org.gongkai.store.Store;
import org.gongkai.store.StoredFinding;
import org.gongkai.store.region.Region;
import org.gongkai.store.region.RegionCatalogue;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The Chinese pages: 总览, 导入, 报告, 机关, 比较. Every text from a report reaches the page through JTE's escaping. */
final class Pages {
    /** Organs with fewer applications than this are listed, not ranked: a rate over three requests means little. */
    static final int DEFAULT_MIN_APPLICATIONS = 10;

    private final Store store;
    private final TemplateEngine templates;
    private final Guard guard;
    private final Uploads uploads;
    private final Api api;
    private final RegionCatalogue regions = RegionCatalogue.standard();

    Pages(Store store, TemplateEngine templates, Guard guard, Uploads uploads) {
        this.store = store;
        this.templates = templates;
        this.guard = guard;
        this.uploads = uploads;
        this.api = new Api(store, guard, uploads);
    }

    void routes(RoutesConfig r) {
        r.get("/", this::overview);
        r.get("/import", ctx -> render(ctx, "import.jte", Map.of("v", new ImportView(guard.required(), uploads.max()))));
        r.get("/reports/{id}", this::report);
        r.post("/reports/{id}/review", this::review);
        r.get("/organs", this::organs);
        r.get("/organs/{id}", this::organ);
        r.get("/compare", this::compare);
    }

    private void render(Context ctx, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        templates.render(template, params, out);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }

    // ------------------------------------------------------------------------------------------ 总览

    record Row(long id, String organ, Long organId, String region, Integer year, String template, String status,
               String reason, int errors, int findings, String source) {}

    record RegionShare(String region, int reports, int withErrors, String share) {}

    record Ranked(int rank, long organId, String organ, Integer year, BigDecimal applications, BigDecimal rate) {}

    record OverviewView(String region, String year, String template, List<Integer> years, int reports, long organs,
                        Map<String, Long> byStatus, long withErrors, List<RegionShare> shares, String chart,
                        int min, List<Ranked> ranking, List<Row> rows) {}

    private void overview(Context ctx) {
        String region = ctx.queryParam("region");
        String year = ctx.queryParam("year");
        String template = ctx.queryParam("template");
        int min = DEFAULT_MIN_APPLICATIONS;
        if (ctx.queryParam("min") != null) min = (int) Api.id(ctx.queryParam("min"), "min");
        ReportFilter filter = Api.filter(region, year, template, regions);
        List<ReportSummary> all = store.list(filter);
        TreeSet<Integer> years = new TreeSet<>();
        store.list(ReportFilter.all()).forEach(s -> { if (s.year() != null) years.add(s.year()); });
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, int[]> perRegion = new TreeMap<>();
        List<Row> rows = new ArrayList<>();
        List<Ranked> ranked = new ArrayList<>();
        for (ReportSummary s : all) {
            byStatus.merge(s.status(), 1L, Long::sum);
            String rn = regionName(s.regionCode());
            int[] c = perRegion.computeIfAbsent(rn, k -> new int[2]);
            c[0]++;
            if (s.errors() > 0) c[1]++;
            rows.add(new Row(s.id(), s.organ(), s.organId(), rn, s.year(), s.template(), s.status(), s.reason(),
                    s.errors(), s.findings(), fileName(s.source())));
            if (s.organId() != null && ("parsed".equals(s.status()) || "partial".equals(s.status()))) {
                Report r = store.report(s.id()).orElse(null);
                BigDecimal n = r == null ? null : Indicators.applications(r);
                BigDecimal rate = r == null ? null : Indicators.disclosureRate(r);
                if (n != null && rate != null && n.compareTo(BigDecimal.valueOf(min)) >= 0) {
                    ranked.add(new Ranked(0, s.organId(), s.organ(), s.year(), n, rate));
                }
            }
        }
        ranked.sort(Comparator.comparing(Ranked::rate).reversed().thenComparing(Ranked::applications, Comparator.reverseOrder()));
        List<Ranked> numbered = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Ranked x = ranked.get(i);
            numbered.add(new Ranked(i + 1, x.organId(), x.organ(), x.year(), x.applications(), x.rate()));
        }
        List<RegionShare> shares = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Map.Entry<String, int[]> e : perRegion.entrySet()) {
            int n = e.getValue()[0];
            int err = e.getValue()[1];
            double pct = n == 0 ? 0 : Math.round(1000.0 * err / n) / 10.0;
            shares.add(new RegionShare(e.getKey(), n, err, pct + "%"));
            names.add(e.getKey());
            values.add(pct);
        }
        long organs = all.stream().map(ReportSummary::organId).filter(java.util.Objects::nonNull).distinct().count();
        long withErrors = all.stream().filter(s -> s.errors() > 0).count();
        String chart = toJson(Map.of("regions", names, "share", values));
        render(ctx, "overview.jte", Map.of("v", new OverviewView(nz(region), nz(year), nz(template), new ArrayList<>(years),
                all.size(), organs, byStatus, withErrors, shares, chart, min, numbered, rows)));
    }

    /** The city (or, above it, the province) an organ is in: the level reports are usually gathered at. */
    private String regionName(String code) {
        if (code == null) return "未定区划";
        Region r = regions.byCode(code).orElse(null);
        if (r == null) return code;
        List<Region> path = regions.path(r);
        if (path.size() >= 2) return path.get(0).name() + path.get(1).name();
        return r.name();
    }

    // ------------------------------------------------------------------------------------------ 报告

    record FindingView(int number, String key, String rule, String severity, String severityZh, String kind,
                       String message, String cells, String state, String note, boolean crossYear) {}

    record SectionView(String title, List<String> paragraphs) {}

    record ReportView(long id, String title, ReportSummary summary, List<ReportTables.Table> tables,
                      List<FindingView> findings, List<SectionView> sections, boolean tokenRequired) {
        String sourceName() { return fileName(summary.source()); }
    }

    private void report(Context ctx) {
        long id = Api.id(ctx);
        ReportSummary s = store.summary(id).orElseThrow(() -> ApiError.notFound("报告 " + id));
        Report r = api.load(id);
        List<StoredFinding> stored = store.findings(id);
        Template t = r.template().orElse(null);
        List<ReportTables.Table> tables = t == null ? List.of() : ReportTables.of(r, t, stored, textLines(s.sha256()));
        List<FindingView> fs = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            StoredFinding f = stored.get(i);
            Finding x = f.finding();
            List<String> names = new ArrayList<>();
            for (String c : x.cells()) names.add(t == null ? c : t.cell(c).map(cs -> cs.displayName()).orElse(c));
            fs.add(new FindingView(i + 1, f.key(), x.rule(), x.severity().id(), x.severity().chinese(),
                    x.kind().id().equals("report") ? "报告本身" : "读取存疑", x.message(), String.join("；", names),
                    f.state().id(), f.note() == null ? "" : f.note(), f.previousReportId() != null));
        }
        List<SectionView> sections = new ArrayList<>();
        for (SectionId sec : SectionId.values()) {
            if (!sec.isNarrative()) continue;
            String text = r.sections().get(sec.jsonName());
            List<String> ps = new ArrayList<>();
            if (text != null) for (String p : text.split("\n")) if (!p.isBlank()) ps.add(p.strip());
            sections.add(new SectionView(sec.heading(), ps));
        }
        String title = (s.organ() != null ? s.organ() : r.agency() != null ? r.agency() : "（未署机关）")
                + (r.year() != null ? r.year() + "年" : "") + "政府信息公开工作年度报告";
        render(ctx, "report.jte", Map.of("v", new ReportView(id, title, s, tables, fs, sections, guard.required())));
    }

    private void review(Context ctx) {
        long id = Api.id(ctx);
        if (!guard.allows(ctx)) throw new ApiError(401, "需要令牌才能审核；请在表单中填写令牌");
        String key = ctx.formParam("key");
        String state = ctx.formParam("state");
        if (key == null || state == null) throw ApiError.badRequest("缺少 key 或 state");
        ReviewState s;
        try {
            s = ReviewState.parse(state);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("state 应为 open、confirmed 或 dismissed");
        }
        api.review(id, key, s, ctx.formParam("note"), "web");
        ctx.redirect("/reports/" + id + "#findings");
    }

    /** The lines of a text document, numbered as the text reader numbers them; null for other formats. */
    private List<String> textLines(String sha) {
        byte[] bytes = store.document(sha).orElse(null);
        if (bytes == null || org.gongkai.extract.read.Format.sniff(bytes) != org.gongkai.extract.read.Format.TEXT) return null;
        return org.gongkai.extract.read.Charsets.decode(bytes).lines().toList();
    }

    // ------------------------------------------------------------------------------------------ 机关

    record OrganRow(long id, String name, String region, int reports) {}

    private void organs(Context ctx) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (ReportSummary s : store.list(ReportFilter.all())) if (s.organId() != null) counts.merge(s.organId(), 1, Integer::sum);
        List<OrganRow> rows = new ArrayList<>();
        for (Organs.Organ o : store.organs().list()) {
            rows.add(new OrganRow(o.id(), o.name(), o.region().isEmpty() ? "未定区划"
                    : String.join("", o.region().stream().map(Region::name).toList()), counts.getOrDefault(o.id(), 0)));
        }
        render(ctx, "organs.jte", Map.of("rows", rows));
    }

    record OrganView(Organs.Organ organ, String region, List<OrganHistory.Year> years, String chart,
                     List<FindingView> crossYear) {}

    private void organ(Context ctx) {
        long id = Api.id(ctx.pathParam("id"), "机关编号");
        Organs.Organ o = store.organs().get(id).orElseThrow(() -> ApiError.notFound("机关 " + id));
        OrganHistory h = OrganHistory.of(store, o);
        List<String> labels = new ArrayList<>();
        List<BigDecimal> apps = new ArrayList<>();
        List<BigDecimal> review = new ArrayList<>();
        List<BigDecimal> suits = new ArrayList<>();
        Map<String, List<BigDecimal>> outcomes = new LinkedHashMap<>();
        for (String k : Indicators.OUTCOMES.keySet()) outcomes.put(k, new ArrayList<>());
        for (OrganHistory.Year y : h.years()) {
            labels.add(y.summary().year() == null ? "？" : y.summary().year() + "");
            apps.add(y.applications());
            review.add(y.reviewCorrectionRate());
            suits.add(y.suitCorrectionRate());
            for (String k : outcomes.keySet()) outcomes.get(k).add(y.outcomes().get(k));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("years", labels);
        chart.put("applications", apps);
        chart.put("outcomes", outcomes);
        chart.put("review", review);
        chart.put("suits", suits);
        List<FindingView> cross = new ArrayList<>();
        int n = 1;
        for (StoredFinding f : h.crossYear()) {
            Finding x = f.finding();
            cross.add(new FindingView(n++, f.key(), x.rule(), x.severity().id(), x.severity().chinese(), "跨年度",
                    x.message(), String.join("；", x.cells()), f.state().id(), f.note() == null ? "" : f.note(), true));
        }
        String region = o.region().isEmpty() ? "未定区划" : String.join("", o.region().stream().map(Region::name).toList());
        render(ctx, "organ.jte", Map.of("v", new OrganView(o, region, h.years(), toJson(chart), cross)));
    }

    // ------------------------------------------------------------------------------------------ 比较

    record Choice(long id, String label) {}

    record CompareView(List<Choice> choices, Long a, Long b, String titleA, String titleB, Comparison comparison,
                       List<SectionDiff> sections) {}

    record SectionDiff(String title, List<Comparison.Sentence> sentences) {}

    private void compare(Context ctx) {
        List<Choice> choices = new ArrayList<>();
        Map<Long, String> labels = new LinkedHashMap<>();
        for (ReportSummary s : store.list(ReportFilter.all())) {
            String label = "#" + s.id() + " " + (s.organ() == null ? s.source() : s.organ()) + (s.year() == null ? "" : " " + s.year() + "年");
            choices.add(new Choice(s.id(), label));
            labels.put(s.id(), label);
        }
        String qa = ctx.queryParam("a");
        String qb = ctx.queryParam("b");
        Long a = qa == null || qa.isBlank() ? null : Api.id(qa, "a");
        Long b = qb == null || qb.isBlank() ? null : Api.id(qb, "b");
        Comparison c = null;
        List<SectionDiff> sections = List.of();
        if (a != null && b != null) {
            c = Comparison.of(api.load(a), api.load(b));
            sections = c.sections().entrySet().stream()
                    .map(e -> new SectionDiff(Comparison.sectionTitle(e.getKey()), e.getValue())).toList();
        }
        render(ctx, "compare.jte", Map.of("v", new CompareView(choices, a, b, a == null ? "" : labels.getOrDefault(a, ""),
                b == null ? "" : labels.getOrDefault(b, ""), c, sections)));
    }

    record ImportView(boolean tokenRequired, long maxUpload) {}

    // ------------------------------------------------------------------------------------------ helpers

    private static String nz(String s) { return s == null ? "" : s; }

    /** The file name only: the directory a report was read from says nothing to readers and too much about the server. */
    static String fileName(String source) {
        if (source == null) return "";
        return source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
    }

    private static String toJson(Object o) {
        try {
            return Api.JSON.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String url(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
