package org.gongkai.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The store's commands, end to end on an H2 database in a temporary directory. */
class StoreCommandsTest {
    @TempDir
    Path tmp;

    private record Run(int status, String out, String err) {}

    private Run gongkai(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private Path samples() throws Exception {
        Path dir = tmp.resolve("reports");
        Files.createDirectories(dir.resolve("sub"));
        for (String name : DemoCommand.SAMPLES) {
            try (InputStream in = getClass().getResourceAsStream("/samples/" + name)) {
                Files.write(dir.resolve(name), in.readAllBytes());
            }
        }
        Files.write(dir.resolve("sub/empty.txt"), new byte[0]);
        return dir;
    }

    @Test
    void ingestListShowExportAndSettleAnOrgan() throws Exception {
        Path reports = samples();
        String db = tmp.resolve("db").toString();

        Run ingest = gongkai("ingest", reports.toString(), "--db", db, "--no-progress");
        assertThat(ingest.status()).isZero();
        assertThat(ingest.out()).contains("共 6 个文件").contains("新存入 6").contains("文件为空（0 字节）");

        Run again = gongkai("ingest", reports.toString(), "--db", db, "--no-progress");
        assertThat(again.out()).contains("已存在未变 6");

        Run list = gongkai("list", "--db", db, "--region", "江苏省");
        assertThat(list.out()).contains("江阴生态环境局").contains("常州市生态环境局").doesNotContain("盐池");

        String jiangyinId = list.out().lines().filter(l -> l.contains("江阴生态环境局")).findFirst().orElseThrow().split("\t")[0];
        Run show = gongkai("show", jiangyinId, "--db", db);
        assertThat(show.out()).contains("江苏省 无锡市 江阴市").contains("行政许可").contains("810");

        // seed 000's T3 总计 column is 0 where 自然人 has 4: R2 is broken on （一） and （七）
        assertThat(show.out()).contains("R2 open");
        int r2 = show.out().lines().filter(l -> l.contains("] R2 ")).findFirst().map(l -> l.substring(l.indexOf('[') + 1, l.indexOf(']'))).map(Integer::parseInt).orElseThrow();
        Run review = gongkai("review", jiangyinId, Integer.toString(r2), "confirmed", "--note", "总计列填成了 0", "--by", "审核员", "--db", db);
        assertThat(review.status()).isZero();
        assertThat(gongkai("show", jiangyinId, "--db", db).out()).contains("[" + r2 + "] R2 confirmed").contains("总计列填成了 0");

        Path csv = tmp.resolve("out/reports.csv");
        Run export = gongkai("export", "--to", "csv", "-o", csv.toString(), "--db", db, "--year", "2020");
        assertThat(export.out()).contains("已导出 4 份报告");
        assertThat(Files.readString(csv)).contains("吴忠市生态环境局盐池分局");

        Run organs = gongkai("organ", "list", "--db", db, "--unsettled");
        String district = organs.out().lines().filter(l -> l.contains("区生态环境分局")).findFirst().orElseThrow().split("\t")[0];
        Run set = gongkai("organ", "set", district, "--region", "320205", "--by", "审核员", "--db", db);
        assertThat(set.out()).contains("江苏省 无锡市 锡山区").contains("settled");

        Run bad = gongkai("export", "--to", "pdf", "-o", csv.toString(), "--db", db);
        assertThat(bad.status()).isNotZero();
        assertThat(bad.err()).contains("csv, xlsx or json");
    }

    @Test
    void compactShrinksTheEmbeddedDatabaseAndKeepsItsReports() throws Exception {
        Path reports = samples();
        String db = tmp.resolve("db").toString();
        gongkai("ingest", reports.toString(), "--db", db, "--no-progress");
        String listed = gongkai("list", "--db", db).out();

        Run compact = gongkai("compact", "--db", db);

        assertThat(compact.status()).as(compact.err()).isZero();
        assertThat(compact.out()).startsWith("压缩数据库文件 ").contains("gongkai.mv.db：").contains(" → ").contains("用时");
        assertThat(gongkai("list", "--db", db).out()).isEqualTo(listed);

        Run missing = gongkai("compact", "--db", tmp.resolve("nothing-here").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("没有数据库文件").contains("--db");
    }

    @Test
    void aBatchThatWroteAThousandDocumentsIsFollowedByACompaction() throws Exception {
        String db = tmp.resolve("db").toString();
        gongkai("ingest", samples().toString(), "--db", db, "--no-progress");
        String listed = gongkai("list", "--db", db).out();
        StringWriter out = new StringWriter();
        picocli.CommandLine cl = new picocli.CommandLine(new Main());
        cl.setOut(new PrintWriter(out));
        var spec = cl.getSubcommands().get("ingest").getCommandSpec();

        IngestCommand.compactAfter(batch("stored", 999), db, false, spec);
        IngestCommand.compactAfter(batch("reread", 5000), db, true, spec);
        assertThat(out.toString()).isEmpty();

        IngestCommand.compactAfter(batch("reread", 1000), db, false, spec);
        assertThat(out.toString()).startsWith("压缩数据库文件 ").contains("gongkai.mv.db：");
        assertThat(gongkai("list", "--db", db).out()).isEqualTo(listed);
    }

    private static org.gongkai.store.IngestSummary batch(String kind, long n) {
        return new org.gongkai.store.IngestSummary(n, java.util.Map.of(kind, n), java.util.Map.of(), java.util.Map.of(),
                java.util.List.of(), java.time.Duration.ofSeconds(1));
    }
}
