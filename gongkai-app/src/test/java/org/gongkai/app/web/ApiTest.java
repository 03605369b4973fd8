package org.gongkai.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every endpoint of /api/v1 against a real embedded database and a real server on a free port, with the
 * expected values read from the seed reports.
 */
class ApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final long MAX = 200_000;

    @TempDir
    static Path tmp;
    static Store store;
    static WebServer web;
    static HttpClient http = HttpClient.newHttpClient();
    static long jiangyin;
    static long district;
    static long changzhou;

    record Answer(int status, String body, HttpResponse<byte[]> raw) {
        JsonNode json() throws IOException { return JSON.readTree(body); }
    }

    @BeforeAll
    static void start() throws Exception {
        store = Store.open(tmp.resolve("db").toString());
        web = WebServer.start(store, WebServer.options().port(0).maxUpload(MAX).uploadDir(tmp.resolve("uploads")));
        jiangyin = upload("jiangyin.txt", Seeds.bytes(Seeds.JIANGYIN)).json().get("report_id").asLong();
        district = upload("district.txt", Seeds.bytes(Seeds.DISTRICT)).json().get("report_id").asLong();
        changzhou = upload("changzhou.txt", Seeds.bytes(Seeds.CHANGZHOU)).json().get("report_id").asLong();
    }

    @AfterAll
    static void stop() {
        web.close();
        store.close();
    }

    static Answer get(String path) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r);
    }

    static Answer post(String path, String contentType, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), r);
    }

    static Answer upload(String name, byte[] bytes) throws Exception {
        return post("/api/v1/upload?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), "application/octet-stream", bytes);
    }

    static String base() { return "http://127.0.0.1:" + web.port(); }

    // ------------------------------------------------------------------------------------------- upload

    @Test
    void uploadReadsTheSeedAndSaysWhatItFound() throws Exception {
        Answer a = upload("again.txt", Seeds.bytes(Seeds.JIANGYIN));
        assertThat(a.status()).isEqualTo(201);
        JsonNode j = a.json();
        // the same bytes are one document: stored once, under their SHA-256
        assertThat(j.get("kind").asText()).isEqualTo("unchanged");
        assertThat(j.get("report_id").asLong()).isEqualTo(jiangyin);
        assertThat(j.get("status").asText()).isEqualTo("parsed");
        assertThat(Files.list(tmp.resolve("uploads")).map(p -> p.getFileName().toString()))
                .contains(j.get("sha256").asText());
    }

    @Test
    void uploadOfATableLessReportGivesItsReason() throws Exception {
        JsonNode j = JSON.readTree(get("/api/v1/reports?year=2021").body());
        assertThat(j).hasSize(1);
        assertThat(j.get(0).get("status").asText()).isEqualTo("tables-missing");
        assertThat(j.get(0).get("reason").asText()).contains("统计表");
    }

    @Test
    void uploadRefusesEmptyBinaryNamelessAndOversizedFiles() throws Exception {
        Answer empty = upload("empty.txt", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("error").asText()).contains("文件为空");

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        Answer image = upload("report.pdf", png);
        assertThat(image.status()).isEqualTo(400);
        assertThat(image.json().get("error").asText()).contains("不是 Gongkai 能读的格式");

        Answer elf = upload("report.txt", new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1, 0});
        assertThat(elf.status()).isEqualTo(400);

        Answer nameless = post("/api/v1/upload", "application/octet-stream", Seeds.bytes(Seeds.DISTRICT));
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.json().get("error").asText()).contains("缺少文件名");

        byte[] big = new byte[(int) MAX + 1];
        Arrays.fill(big, (byte) 'a');
        Answer tooBig = upload("big.txt", big);
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.json().get("error").asText()).contains("文件过大");
    }

    @Test
    void reportTextIsEscapedOnThePage() throws Exception {
        String seed = new String(Seeds.bytes(Seeds.DISTRICT), StandardCharsets.UTF_8);
        int at = seed.indexOf("一、总体情况");
        assertThat(at).isNotNegative();
        int eol = seed.indexOf('\n', at);
        String hostile = seed.substring(0, eol + 1) + "<script>alert('x')</script>本机关<b>加强</b>公开工作。\n" + seed.substring(eol + 1);
        Answer up = upload("hostile.txt", hostile.getBytes(StandardCharsets.UTF_8));
        assertThat(up.status()).isEqualTo(201);
        long id = up.json().get("report_id").asLong();
        assertThat(get("/api/v1/reports/" + id).json().get("sections").get("overview").asText()).contains("<script>alert('x')</script>");
        String page = get("/reports/" + id).body();
        assertThat(page).contains("&lt;script&gt;alert(").doesNotContain("<script>alert").doesNotContain("<b>加强</b>");
    }

    // ------------------------------------------------------------------------------------------ reports

    @Test
    void reportsAreListedAndFiltered() throws Exception {
        JsonNode all = get("/api/v1/reports").json();
        assertThat(all.size()).isGreaterThanOrEqualTo(3);
        JsonNode jy = get("/api/v1/reports?region=" + URLEncoder.encode("江阴", StandardCharsets.UTF_8)).json();
        assertThat(jy).hasSize(1);
        assertThat(jy.get(0).get("organ").asText()).isEqualTo("江阴生态环境局");
        assertThat(jy.get(0).get("region").asText()).isEqualTo("320281");
        assertThat(jy.get(0).get("errors").asInt()).isEqualTo(3);
        assertThat(get("/api/v1/reports?template=2019&year=2020").json().size()).isGreaterThanOrEqualTo(2);

        Answer badYear = get("/api/v1/reports?year=twenty");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.json().get("error").asText()).contains("year");
        assertThat(get("/api/v1/reports?template=2018").status()).isEqualTo(400);
        assertThat(get("/api/v1/reports?region=" + URLEncoder.encode("不存在市", StandardCharsets.UTF_8)).status()).isEqualTo(400);
    }

    @Test
    void aReportIsItsCanonicalJson() throws Exception {
        JsonNode r = get("/api/v1/reports/" + jiangyin).json();
        assertThat(r.get("agency").asText()).isEqualTo("江阴生态环境局");
        assertThat(r.get("year").asInt()).isEqualTo(2020);
        assertThat(r.get("template").asText()).isEqualTo("2019");
        // seed 000: 行政许可 上一年 810, 本年增/减 减60, 处理决定 750; 本年新收 自然人 4
        assertThat(r.get("cells").get("proactive.licensing.previous").asInt()).isEqualTo(810);
        assertThat(r.get("cells").get("proactive.licensing.change").asInt()).isEqualTo(-60);
        assertThat(r.get("raw").get("proactive.licensing.change").asText()).isEqualTo("减60");
        assertThat(r.get("cells").get("requests.new.natural").asInt()).isEqualTo(4);
        assertThat(r.get("cells").get("requests.granted.total").asInt()).isZero();
        assertThat(r.get("cells").size()).isEqualTo(198);

        assertThat(get("/api/v1/reports/99999").status()).isEqualTo(404);
        Answer bad = get("/api/v1/reports/abc");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).contains("报告编号");
    }

    @Test
    void cellsCarryWhereTheyWereRead() throws Exception {
        JsonNode cells = get("/api/v1/reports/" + jiangyin + "/cells").json();
        assertThat(cells).hasSize(198);
        JsonNode c = get("/api/v1/reports/" + jiangyin + "/cells/requests.granted.total").json();
        assertThat(c.get("value").asInt()).isZero();
        assertThat(c.get("name").asText()).isEqualTo("（一）予以公开 · 总计");
        // the seven values of （一）予以公开 are lines 126–132 of the seed, 总计 the last
        assertThat(c.get("provenance").get("line").asInt()).isEqualTo(132);
        assertThat(get("/api/v1/reports/" + jiangyin + "/cells/no.such.cell").status()).isEqualTo(404);
        assertThat(get("/api/v1/reports/99999/cells").status()).isEqualTo(404);
    }

    @Test
    void findingsAreListedAndReviewed() throws Exception {
        JsonNode fs = get("/api/v1/reports/" + jiangyin + "/findings").json();
        JsonNode r2 = null;
        for (JsonNode f : fs) {
            if (f.get("rule").asText().equals("R2") && f.get("cells").get(0).asText().equals("requests.granted.total")) r2 = f;
        }
        assertThat(r2).as("R2 on （一）予以公开: 总计 0 beside 自然人 4").isNotNull();
        assertThat(r2.get("severity").asText()).isEqualTo("error");
        assertThat(r2.get("expected").asInt()).isEqualTo(4);
        assertThat(r2.get("actual").asInt()).isZero();
        assertThat(r2.get("review").get("state").asText()).isEqualTo("open");

        String key = r2.get("key").asText();
        String body = JSON.writeValueAsString(java.util.Map.of("key", key, "state", "confirmed", "note", "已与原件核对"));
        Answer done = post("/api/v1/reports/" + jiangyin + "/findings/review", "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().get("review").get("state").asText()).isEqualTo("confirmed");
        assertThat(done.json().get("review").get("note").asText()).isEqualTo("已与原件核对");

        Answer badState = post("/api/v1/reports/" + jiangyin + "/findings/review", "application/json",
                JSON.writeValueAsBytes(java.util.Map.of("key", key, "state", "maybe")));
        assertThat(badState.status()).isEqualTo(400);
        assertThat(badState.json().get("error").asText()).contains("confirmed");
        Answer noKey = post("/api/v1/reports/" + jiangyin + "/findings/review", "application/json",
                JSON.writeValueAsBytes(java.util.Map.of("key", "R99|report|x", "state", "dismissed")));
        assertThat(noKey.status()).isEqualTo(404);
        Answer notJson = post("/api/v1/reports/" + jiangyin + "/findings/review", "application/json", "{oops".getBytes());
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(get("/api/v1/reports/99999/findings").status()).isEqualTo(404);
    }

    // -------------------------------------------------------------------------------- organs and regions

    @Test
    void organsAndTheirYears() throws Exception {
        JsonNode organs = get("/api/v1/organs").json();
        JsonNode jy = null;
        for (JsonNode o : organs) if (o.get("name").asText().equals("江阴生态环境局")) jy = o;
        assertThat(jy).isNotNull();
        assertThat(jy.get("region").asText()).isEqualTo("320281");
        JsonNode detail = get("/api/v1/organs/" + jy.get("id").asLong()).json();
        assertThat(detail.get("reports")).hasSize(1);
        JsonNode year = detail.get("reports").get(0);
        assertThat(year.get("year").asInt()).isEqualTo(2020);
        assertThat(year.get("applications").asInt()).isEqualTo(4);
        assertThat(year.get("outcomes").get("予以公开").asInt()).isZero();
        assertThat(detail.get("cross_year_findings")).isEmpty();
        assertThat(get("/api/v1/organs/99999").status()).isEqualTo(404);
        assertThat(get("/api/v1/organs/x").status()).isEqualTo(400);
    }

    @Test
    void regionsByNameOrInUse() throws Exception {
        JsonNode q = get("/api/v1/regions?q=" + URLEncoder.encode("江阴", StandardCharsets.UTF_8)).json();
        assertThat(q.findValuesAsText("code")).contains("320281");
        JsonNode used = get("/api/v1/regions").json();
        assertThat(used.findValuesAsText("name")).contains("江苏省", "无锡市", "江阴市", "常州市");
    }

    // --------------------------------------------------------------------------------- compare, export

    @Test
    void compareMarksChangedCellsWithTheDifference() throws Exception {
        JsonNode c = get("/api/v1/compare?a=" + jiangyin + "&b=" + district).json();
        assertThat(c.get("changed").asInt()).isPositive();
        JsonNode licensing = null;
        for (JsonNode cell : c.get("cells")) if (cell.get("cell").asText().equals("proactive.licensing.previous")) licensing = cell;
        // 行政许可 上一年项目数量: 江阴 810, 区生态环境分局 28
        assertThat(licensing.get("a").asText()).isEqualTo("810");
        assertThat(licensing.get("b").asText()).isEqualTo("28");
        assertThat(licensing.get("difference").asInt()).isEqualTo(28 - 810);
        assertThat(licensing.get("changed").asBoolean()).isTrue();
        assertThat(c.get("sections").get("overview").findValuesAsText("op")).contains("removed", "added");

        assertThat(get("/api/v1/compare?a=" + jiangyin).status()).isEqualTo(400);
        assertThat(get("/api/v1/compare?a=" + jiangyin + "&b=99999").status()).isEqualTo(404);
    }

    @Test
    void aReportExportsInEveryFormat() throws Exception {
        String base = "/api/v1/reports/" + jiangyin + "/export/";
        Answer json = get(base + "json");
        assertThat(json.status()).isEqualTo(200);
        assertThat(JSON.readTree(json.body()).get("agency").asText()).isEqualTo("江阴生态环境局");
        for (String f : new String[]{"xlsx", "docx"}) {
            Answer a = get(base + f);
            assertThat(a.status()).isEqualTo(200);
            assertThat(new String(a.raw().body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
            assertThat(a.raw().headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        }
        Answer pdf = get(base + "pdf");
        assertThat(new String(pdf.raw().body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(get(base + "html").body()).contains("政府信息公开工作年度报告").contains("（一）予以公开");
        Answer bad = get(base + "odt");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).contains("odt");
        assertThat(get("/api/v1/reports/99999/export/json").status()).isEqualTo(404);
    }

    @Test
    void theStoreExportsFiltered() throws Exception {
        Answer csv = get("/api/v1/export?format=csv&region=" + URLEncoder.encode("江阴", StandardCharsets.UTF_8));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("江阴生态环境局").doesNotContain("常州市生态环境局");
        Answer xlsx = get("/api/v1/export?format=xlsx");
        assertThat(new String(xlsx.raw().body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        assertThat(get("/api/v1/export?format=parquet").status()).isEqualTo(400);
    }

    @Test
    void anUnknownPathIsA404WithAHint() throws Exception {
        Answer a = get("/api/v1/nothing");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.json().get("error").asText()).contains("docs/api.md");
    }

    // ---------------------------------------------------------------------------------------- safety

    @Test
    void writesNeedTheTokenWhenOneIsSet() throws Exception {
        try (Store other = Store.open(tmp.resolve("db2").toString());
             WebServer guarded = WebServer.start(other, WebServer.options().port(0).token("s3cret").uploadDir(tmp.resolve("up2")))) {
            String url = "http://127.0.0.1:" + guarded.port() + "/api/v1/upload?name=a.txt";
            HttpResponse<String> no = http.send(HttpRequest.newBuilder(URI.create(url))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Seeds.bytes(Seeds.DISTRICT))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(no.statusCode()).isEqualTo(401);
            HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create(url)).header("X-Gongkai-Token", "guess")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Seeds.bytes(Seeds.DISTRICT))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(wrong.statusCode()).isEqualTo(401);
            HttpResponse<String> yes = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer s3cret")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Seeds.bytes(Seeds.DISTRICT))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(yes.statusCode()).isEqualTo(201);
        }
        Answer crossSite = post("/api/v1/upload?name=a.txt", "application/octet-stream", Seeds.bytes(Seeds.DISTRICT),
                "Origin", "http://evil.example");
        assertThat(crossSite.status()).isEqualTo(401);
        assertThatThrownBy(() -> WebServer.start(store, WebServer.options().host("0.0.0.0").port(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("令牌");
    }

    @Test
    void pagesAnswer() throws Exception {
        assertThat(get("/").body()).contains("总览").contains("江阴生态环境局");
        assertThat(get("/import").body()).contains("拖放文件");
        assertThat(get("/reports/" + jiangyin).body()).contains("（一）予以公开").contains("data-cell=\"requests.granted.total\"");
        assertThat(get("/organs").body()).contains("江阴生态环境局");
        assertThat(get("/compare?a=" + jiangyin + "&b=" + district).body()).contains("差值");
        assertThat(get("/reports/99999").status()).isEqualTo(404);
        assertThat(get("/static/echarts/echarts.min.js").status()).isEqualTo(200);
    }
}
