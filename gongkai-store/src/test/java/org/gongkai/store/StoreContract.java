package org.gongkai.store;

import org.gongkai.Gongkai;
import org.gongkai.core.json.ReportJson;
import org.gongkai.core.report.Report;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a store must do, whatever the database: run by {@link H2StoreTest} on embedded H2 and by
 * {@link PostgresStoreTest} on a real PostgreSQL.
 */
abstract class StoreContract {
    @TempDir
    Path tmp;

    Store store;

    /** A fresh, empty database for one test. */
    abstract String newDatabase();

    @BeforeEach
    void open() {
        store = Store.open(newDatabase());
    }

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    IngestSummary ingest(Path... paths) {
        return store.ingest().threads(2).run(List.of(paths));
    }

    ReportSummary bySource(String seed) {
        return store.list(ReportFilter.all()).stream().filter(s -> s.source().endsWith(seed)).findFirst().orElseThrow();
    }

    @Test
    void storesTheSeedsWithTheirOrgansAndNumbers() {
        Path dir = Seeds.copy(tmp.resolve("seeds"));
        IngestSummary s = ingest(dir);

        assertThat(s.files()).isEqualTo(5);
        assertThat(s.count(Ingest.Kind.STORED)).isEqualTo(5);
        assertThat(s.byStatus()).containsEntry("tables-missing", 1L).containsEntry("parsed", 4L);

        // seed 000, 江阴生态环境局 2020: 行政许可 810 / 减60 / 750, 采购总金额 14.35 with no unit printed
        Report jiangyin = store.report(bySource(Seeds.JIANGYIN).id()).orElseThrow();
        assertThat(jiangyin.agency()).isEqualTo("江阴生态环境局");
        assertThat(jiangyin.year()).isEqualTo(2020);
        assertThat(jiangyin.number("proactive.licensing.previous")).isEqualByComparingTo("810");
        assertThat(jiangyin.number("proactive.licensing.change")).isEqualByComparingTo("-60");
        assertThat(jiangyin.cell("proactive.licensing.change").orElseThrow().raw()).isEqualTo("减60");
        assertThat(jiangyin.number("proactive.licensing.decisions")).isEqualByComparingTo("750");
        assertThat(jiangyin.number("proactive.procurement.amount")).isEqualTo(new BigDecimal("14.35"));
        assertThat(jiangyin.cell("proactive.procurement.amount").orElseThrow().unit()).isNull();
        assertThat(jiangyin.number("requests.new.natural")).isEqualByComparingTo("4");
        assertThat(jiangyin.cells()).hasSize(198);

        // the organs: 江阴 is 江苏省 无锡市 江阴市; 盐池分局 is 宁夏 吴忠市 盐池县; 区生态环境分局 names no place
        Organs.Organ jy = store.organs().get(bySource(Seeds.JIANGYIN).organId()).orElseThrow();
        assertThat(jy.region()).extracting(r -> r.name()).containsExactly("江苏省", "无锡市", "江阴市");
        assertThat(jy.sector()).isEqualTo("生态环境");
        Organs.Organ yc = store.organs().get(bySource(Seeds.YANCHI).organId()).orElseThrow();
        assertThat(yc.region()).extracting(r -> r.name()).containsExactly("宁夏回族自治区", "吴忠市", "盐池县");
        Organs.Organ district = store.organs().get(bySource(Seeds.DISTRICT).organId()).orElseThrow();
        assertThat(district.resolution()).isEqualTo("unresolved");
        assertThat(district.region()).isEmpty();
        // seed 003 names no organ at all
        assertThat(bySource(Seeds.JINGJIANG).organId()).isNull();

        // seed 002 has headings 二/三/四 but no tables: kept, with its reason, cells blank
        ReportSummary changzhou = bySource(Seeds.CHANGZHOU);
        assertThat(changzhou.status()).isEqualTo("tables-missing");
        assertThat(changzhou.reason()).contains("统计表");
        assertThat(store.report(changzhou.id()).orElseThrow().number("requests.new.natural")).isNull();
    }

    @Test
    void ingestingTheSameFilesTwiceChangesNothing() {
        Path dir = Seeds.copy(tmp.resolve("seeds"));
        ingest(dir);
        Map<String, List<String>> before = DatabaseDump.of(store);

        IngestSummary again = ingest(dir);

        assertThat(again.count(Ingest.Kind.UNCHANGED)).isEqualTo(5);
        Map<String, List<String>> after = DatabaseDump.of(store);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((table, rows) -> assertThat(after.get(table)).as(table).containsExactlyElementsOf(rows));
    }

    @Test
    void theSameBytesUnderTwoNamesAreOneDocument() throws Exception {
        Path dir = Seeds.copy(tmp.resolve("seeds"));
        Files.write(dir.resolve("copy-of-jiangyin.txt"), Seeds.bytes(Seeds.JIANGYIN));

        IngestSummary s = ingest(dir);

        assertThat(s.count(Ingest.Kind.STORED)).isEqualTo(5);
        assertThat(s.count(Ingest.Kind.UNCHANGED)).isEqualTo(1);
        assertThat(store.list(ReportFilter.all())).hasSize(5);
        int origins = store.jdbi().withHandle(h -> h.createQuery("select count(*) from document_origin").mapTo(Integer.class).one());
        assertThat(origins).isEqualTo(6);
    }

    @Test
    void exportsGiveBackExactlyWhatParsingPrints() throws Exception {
        Path dir = Seeds.copy(tmp.resolve("seeds"));
        ingest(dir);
        Path json = tmp.resolve("out/reports.json");
        Path csv = tmp.resolve("out/reports.csv");
        Path longCsv = tmp.resolve("out/cells.csv");

        assertThat(store.exporter().export(Exporter.Format.JSON, Exporter.Shape.WIDE, ReportFilter.all(), json)).isEqualTo(5);
        store.exporter().export(Exporter.Format.CSV, Exporter.Shape.WIDE, ReportFilter.all(), csv);
        store.exporter().export(Exporter.Format.CSV, Exporter.Shape.LONG, ReportFilter.all(), longCsv);

        String exported = Files.readString(json);
        List<Map<String, String>> wide = Csv.read(csv);
        List<Map<String, String>> cells = Csv.read(longCsv);
        assertThat(wide).hasSize(5);
        for (String seed : Seeds.ALL) {
            Path file = dir.resolve(seed);
            Report parsed = Gongkai.read(file.toAbsolutePath().normalize());
            // the whole canonical JSON, cells, raw, units, provenance, sections and findings alike
            assertThat(exported).contains(ReportJson.write(parsed, true));
            long id = bySource(seed).id();
            assertThat(ReportJson.write(store.report(id).orElseThrow(), true)).isEqualTo(ReportJson.write(parsed, true));

            Map<String, String> row = wide.stream().filter(r -> r.get("report_id").equals(Long.toString(id))).findFirst().orElseThrow();
            Map<String, String> longValues = new TreeMap<>();
            for (Map<String, String> c : cells) if (c.get("report_id").equals(Long.toString(id))) longValues.put(c.get("cell_id"), c.get("value"));
            assertThat(longValues.keySet()).containsExactlyInAnyOrderElementsOf(parsed.cells().keySet());
            parsed.cells().forEach((cellId, cell) -> {
                String expected = cell.value().isNumber() ? cell.value().number().toPlainString()
                        : cell.value() instanceof org.gongkai.core.report.CellValue.Text t ? t.text() : "";
                assertThat(row.get(cellId)).as(seed + " " + cellId).isEqualTo(expected);
                assertThat(longValues.get(cellId)).as(seed + " " + cellId).isEqualTo(expected);
            });
        }
    }

    @Test
    void exportsFilterByRegionYearAndTemplate() throws Exception {
        ingest(Seeds.copy(tmp.resolve("seeds")));
        Path out = tmp.resolve("jiangsu.csv");

        // 江苏省 holds 江阴 (无锡) and 常州; 宁夏 holds 盐池
        store.exporter().export(Exporter.Format.CSV, Exporter.Shape.WIDE, new ReportFilter(List.of("32"), null, null), out);
        assertThat(Csv.read(out)).extracting(r -> r.get("county")).containsExactlyInAnyOrder("江阴市", "");
        store.exporter().export(Exporter.Format.CSV, Exporter.Shape.WIDE, new ReportFilter(List.of("64"), 2020, "2019"), out);
        List<Map<String, String>> ningxia = Csv.read(out);
        assertThat(ningxia).singleElement().satisfies(r -> {
            assertThat(r.get("province")).isEqualTo("宁夏回族自治区");
            assertThat(r.get("city_code")).isEqualTo("640300");
            assertThat(r.get("county_code")).isEqualTo("640323");
        });
        store.exporter().export(Exporter.Format.CSV, Exporter.Shape.WIDE, ReportFilter.all().withYear(2021), out);
        assertThat(Csv.read(out)).extracting(r -> r.get("organ")).containsExactly("常州市生态环境局");
    }

    @Test
    void xlsxHasASheetPerTemplateWithChineseHeaders() throws Exception {
        ingest(Seeds.copy(tmp.resolve("seeds")));
        Path out = tmp.resolve("reports.xlsx");

        store.exporter().export(Exporter.Format.XLSX, Exporter.Shape.WIDE, ReportFilter.all(), out);

        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(out.toFile())) {
            var sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(org.dhatim.fastexcel.reader.Sheet::getName).containsExactly("2019 模板", "2021 模板");
            List<org.dhatim.fastexcel.reader.Row> rows = sheets.get(0).read();
            assertThat(rows).hasSize(1 + 4);
            var header = rows.get(0);
            assertThat(header.getCellText(0)).isEqualTo("报告编号");
            assertThat(header.getCellText(1)).isEqualTo("机关");
            List<String> headers = new ArrayList<>();
            for (int i = 0; i < header.getCellCount(); i++) headers.add(header.getCellText(i));
            assertThat(headers).contains("第二十条第（五）项·行政许可·本年增/减", "（一）予以公开·自然人", "行政复议·结果维持");
            int change = headers.indexOf("第二十条第（五）项·行政许可·本年增/减");
            var jiangyin = rows.stream().filter(r -> "江阴生态环境局".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertThat(jiangyin.getCellAsNumber(change).orElseThrow()).isEqualByComparingTo("-60");
        }
    }

    @Test
    void badFilesAreRecordedAndGoodOnesStored() throws Exception {
        Path dir = Seeds.copy(tmp.resolve("batch"));
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("picture.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Files.write(dir.resolve("archive.zip"), new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0});
        Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(dir.resolve("notes.txt"), "会议纪要\n今天讨论了食堂的菜单。\n");
        Path missing = tmp.resolve("no-such-file.txt");

        IngestSummary s = ingest(dir, missing);

        assertThat(s.files()).isEqualTo(11);
        // every good file stored
        for (String seed : Seeds.ALL) assertThat(bySource(seed).status()).isIn("parsed", "tables-missing");
        // every bad one recorded with a reason a person can act on
        for (String bad : List.of("empty.txt", "picture.png", "archive.zip", "broken.pdf")) {
            ReportSummary r = bySource(bad);
            assertThat(r.status()).as(bad).isEqualTo("unreadable");
            assertThat(r.reason()).as(bad).isNotBlank();
        }
        assertThat(bySource("notes.txt").status()).isNotEqualTo("parsed");
        assertThat(s.problems()).extracting(Ingest.Outcome::origin).contains(Ingest.origin(missing));
        String reason = store.jdbi().withHandle(h -> h.createQuery("select reason from failed_file where origin = :o")
                .bind("o", Ingest.origin(missing)).mapTo(String.class).one());
        assertThat(reason).isEqualTo("文件不存在");
        assertThat(s.byReason()).containsKey("文件为空（0 字节）");
    }

    @Test
    void aFailureInsideATransactionLeavesNoTraceAndARerunCompletes() {
        Path dir = Seeds.copy(tmp.resolve("seeds"));
        String victim = Ingest.origin(dir.resolve(Seeds.YANCHI));

        IngestSummary first = store.ingest().threads(2)
                .beforeCommit(origin -> { if (origin.equals(victim)) throw new IllegalStateException("disk full"); })
                .run(List.of(dir));

        assertThat(first.count(Ingest.Kind.FAILED)).isEqualTo(1);
        assertThat(first.count(Ingest.Kind.STORED)).isEqualTo(4);
        DatabaseDump.assertConsistent(store);
        assertThat(store.list(ReportFilter.all())).extracting(ReportSummary::source).doesNotContain(victim);
        int docs = store.jdbi().withHandle(h -> h.createQuery("select count(*) from document").mapTo(Integer.class).one());
        assertThat(docs).isEqualTo(4);

        IngestSummary again = ingest(dir);

        assertThat(again.count(Ingest.Kind.STORED)).isEqualTo(1);
        assertThat(again.count(Ingest.Kind.UNCHANGED)).isEqualTo(4);
        assertThat(store.list(ReportFilter.all())).hasSize(5);
        DatabaseDump.assertConsistent(store);
        int failed = store.jdbi().withHandle(h -> h.createQuery("select count(*) from failed_file").mapTo(Integer.class).one());
        assertThat(failed).isZero();
    }

    @Test
    void aGroupThatCannotCommitFailsEachOfItsFilesAndARerunCompletes() {
        Path dir = Seeds.copy(tmp.resolve("seeds"));
        String victim = Ingest.origin(dir.resolve(Seeds.YANCHI));
        List<List<String>> doomed = new ArrayList<>();

        IngestSummary first = store.ingest().threads(2).beforeGroupCommit(origins -> {
            if (origins.contains(victim)) {
                doomed.add(origins);
                throw new IllegalStateException("connection reset");
            }
        }).run(List.of(dir));

        assertThat(doomed).hasSize(1);
        List<String> lost = doomed.get(0);
        assertThat(first.count(Ingest.Kind.FAILED)).isEqualTo(lost.size());
        assertThat(first.count(Ingest.Kind.STORED)).isEqualTo(5 - lost.size());
        List<Ingest.Outcome> failures = first.problems().stream().filter(o -> o.kind() == Ingest.Kind.FAILED).toList();
        assertThat(failures).extracting(Ingest.Outcome::origin).containsExactlyInAnyOrderElementsOf(lost);
        assertThat(failures).extracting(Ingest.Outcome::reason).containsOnly("保存失败（connection reset）");
        assertThat(store.list(ReportFilter.all())).extracting(ReportSummary::source).doesNotContainAnyElementsOf(lost);
        List<String> recorded = store.jdbi().withHandle(h -> h.createQuery("select origin from failed_file").mapTo(String.class).list());
        assertThat(recorded).containsExactlyInAnyOrderElementsOf(lost);
        DatabaseDump.assertConsistent(store);

        IngestSummary again = ingest(dir);

        assertThat(again.count(Ingest.Kind.STORED)).isEqualTo(lost.size());
        assertThat(store.list(ReportFilter.all())).hasSize(5);
        DatabaseDump.assertConsistent(store);
        int failed = store.jdbi().withHandle(h -> h.createQuery("select count(*) from failed_file").mapTo(Integer.class).one());
        assertThat(failed).isZero();
    }

    @Test
    void writersInOneProcessDoNotTripOverEachOther() throws Exception {
        ingest(Seeds.copy(tmp.resolve("seeds")));
        long id = bySource(Seeds.CHANGZHOU).id();
        String key = store.findings(id).get(0).key();
        // two uploads at once, of different reports, while a person reviews a finding
        Path corpus = SyntheticCorpus.write(tmp.resolve("corpus"), 40);
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        try (var files = Files.walk(corpus)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                int n = Integer.parseInt(p.getFileName().toString().replaceAll("\\D", ""));
                Files.move(p, (n < 20 ? a : b).resolve(p.getFileName()));
            }
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> ingest(a));
            var second = pool.submit(() -> ingest(b));
            int reviews = 0;
            while (!first.isDone() || !second.isDone()) {
                store.review(id, key, reviews % 2 == 0 ? ReviewState.CONFIRMED : ReviewState.DISMISSED, "第" + reviews + "次", "审核员");
                reviews++;
                Thread.sleep(10);
            }
            assertThat(first.get().count(Ingest.Kind.STORED)).isEqualTo(20);
            assertThat(second.get().count(Ingest.Kind.STORED)).isEqualTo(20);
            assertThat(reviews).isPositive();
            StoredFinding f = store.findings(id).stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
            assertThat(f.note()).isEqualTo("第" + (reviews - 1) + "次");
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.list(ReportFilter.all())).hasSize(45);
        DatabaseDump.assertConsistent(store);
    }

    @Test
    void aReviewSurvivesReparsing() {
        ingest(Seeds.copy(tmp.resolve("seeds")));
        long id = bySource(Seeds.CHANGZHOU).id();
        StoredFinding f = store.findings(id).get(0);
        assertThat(f.state()).isEqualTo(ReviewState.OPEN);

        store.review(id, f.key(), ReviewState.CONFIRMED, "表格是图片", "审核员");
        IngestSummary s = store.ingest().threads(2).reparse(true);

        assertThat(s.count(Ingest.Kind.REREAD)).isEqualTo(5);
        StoredFinding after = store.findings(id).stream().filter(x -> x.key().equals(f.key())).findFirst().orElseThrow();
        assertThat(after.state()).isEqualTo(ReviewState.CONFIRMED);
        assertThat(after.note()).isEqualTo("表格是图片");
        assertThat(after.reviewer()).isEqualTo("审核员");
        assertThat(store.list(ReportFilter.all())).hasSize(5);
        DatabaseDump.assertConsistent(store);
    }

    @Test
    void reparseReadsOnlyWhatAnOlderExtractorRead() {
        ingest(Seeds.copy(tmp.resolve("seeds")));
        long id = bySource(Seeds.JIANGYIN).id();
        store.jdbi().useHandle(h -> h.createUpdate("update report set extractor_version = 0 where id = :id").bind("id", id).execute());

        IngestSummary stale = ingest(tmp.resolve("seeds"));
        assertThat(stale.count(Ingest.Kind.STALE)).isEqualTo(1);

        IngestSummary s = store.ingest().threads(2).reparse(false);

        assertThat(s.files()).isEqualTo(1);
        assertThat(s.count(Ingest.Kind.REREAD)).isEqualTo(1);
        assertThat(store.summary(id).orElseThrow().extractorVersion()).isEqualTo(Gongkai.EXTRACTOR_VERSION);
        assertThat(store.report(id).orElseThrow().number("proactive.licensing.decisions")).isEqualByComparingTo("750");
    }

    @Test
    void anOrganKeepsOneIdentityAcrossYearsAndSpellings() throws Exception {
        Path dir = tmp.resolve("history");
        Files.createDirectories(dir);
        String y2020 = Seeds.text(Seeds.JIANGYIN);
        Files.writeString(dir.resolve("jiangyin-2020.txt"), y2020);
        // the next year's report spells the organ in full
        Files.writeString(dir.resolve("jiangyin-2019.txt"),
                y2020.replace("江阴生态环境局", "江阴市生态环境局").replace("2020", "2019"));

        ingest(dir);

        List<ReportSummary> reports = store.list(ReportFilter.all());
        assertThat(reports).hasSize(2);
        assertThat(reports).extracting(ReportSummary::organId).containsOnly(reports.get(0).organId());
        assertThat(store.organs().get(reports.get(0).organId()).orElseThrow().names())
                .containsExactlyInAnyOrder("江阴生态环境局", "江阴市生态环境局");
    }

    @Test
    void aPersonSettlesAnOrganTheNameCannot() {
        ingest(Seeds.copy(tmp.resolve("seeds")));
        long organ = bySource(Seeds.DISTRICT).organId();

        Organs.Organ settled = store.organs().settle(organ, "320205", null, "审核员", "锡山区生态环境分局");

        assertThat(settled.resolution()).isEqualTo("settled");
        assertThat(settled.region()).extracting(r -> r.name()).containsExactly("江苏省", "无锡市", "锡山区");
        assertThat(settled.sector()).isEqualTo("生态环境");
        assertThat(store.list(new ReportFilter(List.of("3202"), null, null))).extracting(ReportSummary::organ)
                .containsExactlyInAnyOrder("江阴生态环境局", "区生态环境分局");
    }

    @Test
    void crossYearRulesRunOverEachOrgansHistoryWhateverTheOrder() throws Exception {
        store.rules(CarryOver.engine());
        Path dir = tmp.resolve("history");
        Files.createDirectories(dir);
        String y2020 = Seeds.text(Seeds.JIANGYIN);
        // seed 000 carries 0 forward (四、结转下年度继续办理); a 2021 report carrying 3 over breaks R12
        Files.writeString(dir.resolve("a-2021.txt"), CarryOver.withCarriedOver(y2020.replace("2020", "2021"), 3));
        Files.writeString(dir.resolve("b-2020.txt"), y2020);

        store.ingest().threads(1).run(List.of(dir.resolve("a-2021.txt")));
        store.ingest().threads(1).run(List.of(dir.resolve("b-2020.txt")));

        ReportSummary later = bySource("a-2021.txt");
        ReportSummary earlier = bySource("b-2020.txt");
        List<StoredFinding> fs = store.findings(later.id());
        assertThat(fs).filteredOn(f -> f.finding().rule().equals("R12")).singleElement().satisfies(f -> {
            assertThat(f.previousReportId()).isEqualTo(earlier.id());
            assertThat(f.finding().expected()).isEqualByComparingTo("0");
            assertThat(f.finding().actual()).isEqualByComparingTo("3");
        });
        assertThat(store.findings(earlier.id())).noneMatch(f -> f.finding().rule().equals("R12"));
    }

    @Test
    void theStandardRulesCompareAnOrgansConsecutiveYearsOnIngest() throws Exception {
        Path dir = tmp.resolve("history");
        Files.createDirectories(dir);
        String y2020 = Seeds.text(Seeds.JIANGYIN);
        // seed 000 carries nothing forward (四、结转下年度继续办理: 0 in every column); its 2021 copy says 3
        // natural-person applications were carried over (二、上年结转) — R12 must say so
        Files.writeString(dir.resolve("jiangyin-2020.txt"), y2020);
        Files.writeString(dir.resolve("jiangyin-2021.txt"), CarryOver.withCarriedOver(y2020.replace("2020", "2021"), 3));

        ingest(dir);

        ReportSummary later = bySource("jiangyin-2021.txt");
        ReportSummary earlier = bySource("jiangyin-2020.txt");
        assertThat(later.organId()).isEqualTo(earlier.organId());
        List<StoredFinding> r12 = store.findings(later.id()).stream().filter(f -> f.finding().rule().equals("R12")).toList();
        assertThat(r12).extracting(f -> f.finding().cells().get(0))
                .containsExactlyInAnyOrder("requests.carried_over.natural", "requests.carried_over.total");
        assertThat(r12).allSatisfy(f -> {
            assertThat(f.previousReportId()).isEqualTo(earlier.id());
            assertThat(f.finding().expected()).isEqualByComparingTo("0");
            assertThat(f.finding().actual()).isEqualByComparingTo("3");
        });
        // and they are part of the stored report, after its own findings
        assertThat(store.report(later.id()).orElseThrow().findings()).extracting(f -> f.rule()).contains("R12");
        assertThat(store.findings(earlier.id())).noneMatch(f -> f.previousReportId() != null);
    }
}
