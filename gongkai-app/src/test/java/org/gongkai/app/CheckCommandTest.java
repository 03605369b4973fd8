package org.gongkai.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code gongkai check}: exit status 1 on a report error, 0 otherwise, 2 for unreadable input. */
class CheckCommandTest {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    private Path sample(String name) throws IOException {
        return write(name, sampleText(name));
    }

    private Path sample(String name, String into) throws IOException {
        return write(into + "/" + name, sampleText(name));
    }

    private static String sampleText(String name) throws IOException {
        try (InputStream in = CheckCommandTest.class.getResourceAsStream("/samples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void a_report_with_an_error_exits_1_and_lists_errors_first() throws IOException {
        // 江阴 2020 (seed 000): 总计 0 on （一） and （七）
        Run r = run("check", sample("jiangyin-eco-2020.txt").toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("江阴生态环境局").contains("（一）予以公开 · 总计：0 ≠ 各类申请人之和 4");
        int lastError = r.out().lastIndexOf("✗ ");
        int firstWarning = r.out().indexOf("! ");
        assertThat(lastError).isGreaterThan(0);
        assertThat(firstWarning).isGreaterThan(lastError);
        assertThat(r.err()).isEmpty();
    }

    @Test
    void reports_without_errors_exit_0() throws IOException {
        // 靖江园区 2020 and 盐池 2020 (seeds 003, 004); 区生态环境分局 only has blanks
        Run r = run("check", sample("jingjiang-park-2020.txt").toString(), sample("yanchi-eco-2020.txt").toString(),
                sample("district-eco-2020.txt").toString());
        assertThat(r.status()).isEqualTo(0);
        assertThat(r.out()).contains("共检查 3 份报告，报告错误 0 处");
    }

    @Test
    void a_report_whose_tables_are_missing_exits_0() throws IOException {
        Run r = run("check", sample("changzhou-eco-2021.txt").toString());
        assertThat(r.status()).isEqualTo(0);
        assertThat(r.out()).contains("tables-missing");
    }

    @Test
    void an_unreadable_file_exits_2_with_one_line_and_the_others_are_still_checked() throws IOException {
        sample("jiangyin-eco-2020.txt", "a");
        Path empty = write("a/b/empty.txt", "");
        sample("yanchi-eco-2020.txt", "a/b");
        write("a/.hidden/notes.txt", "not a report");
        Run r = run("check", dir.resolve("a").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip().lines().toList()).singleElement().asString().startsWith(empty + ": ");
        // both reports in the directory tree were checked, the hidden folder was not walked
        assertThat(r.out()).contains("江阴生态环境局").contains("吴忠市生态环境局盐池分局").contains("共检查 2 份报告");
    }

    @Test
    void a_missing_file_exits_2() {
        Run r = run("check", dir.resolve("no-such-report.txt").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith(dir.resolve("no-such-report.txt") + ": ");
    }

    @Test
    void json_output_is_an_array_of_canonical_reports_with_their_findings() throws IOException {
        Run r = run("check", "--json", sample("jiangyin-eco-2020.txt").toString(), sample("yanchi-eco-2020.txt").toString());
        assertThat(r.status()).isEqualTo(1);
        JsonNode reports = new ObjectMapper().readTree(r.out());
        assertThat(reports.isArray()).isTrue();
        assertThat(reports).hasSize(2);
        JsonNode findings = reports.get(0).get("findings");
        List<String> severities = new ArrayList<>();
        findings.forEach(f -> severities.add(f.get("severity").asText()));
        assertThat(severities).startsWith("error", "error", "error").doesNotContainSubsequence("warning", "error");
        JsonNode first = findings.get(0);
        assertThat(first.get("kind").asText()).isEqualTo("report");
        assertThat(first.get("expected").asInt()).isEqualTo(4);
        assertThat(first.get("actual").asInt()).isEqualTo(0);
        // cells are as printed: the derived totals and hints are in findings only
        assertThat(reports.get(0).get("cells").get("requests.granted.total").asInt()).isEqualTo(0);
    }

    @Test
    void two_years_of_one_organ_are_checked_against_each_other() throws IOException {
        String y2020 = sampleText("yanchi-eco-2020.txt");
        // the next year's report says 1 application was carried over, where 2020 carried none forward
        String y2021 = y2020.replace("2020", "2021")
                .replace("二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0", "二、上年结转政府信息公开申请数量\t\t1\t0\t0\t0\t0\t0\t1")
                .replace("四、结转下年度继续办理\t\t0\t0\t0\t0\t0\t0\t0", "四、结转下年度继续办理\t\t1\t0\t0\t0\t0\t0\t1");
        assertThat(y2021).contains("\t\t1\t0\t0\t0\t0\t0\t1");
        Run r = run("check", write("y/2020.txt", y2020).toString(), write("y/2021.txt", y2021).toString());
        assertThat(r.out()).contains("R12").contains("2021 年 1 ≠ 2020 年「四、结转下年度继续办理」0");
        // a warning between years does not fail the check
        assertThat(r.status()).isEqualTo(0);
    }
}
