package org.gongkai.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.TemplateCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    record Run(int status, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    static Path sample(Path dir, String name) throws Exception {
        try (InputStream in = CliTest.class.getResourceAsStream("/samples/" + name)) {
            Path p = dir.resolve(name);
            Files.write(p, in.readAllBytes());
            return p;
        }
    }

    private static List<String> expectedIds(String template) {
        List<String> ids = new ArrayList<>();
        for (CellSpec c : TemplateCatalogue.standard().require(template).cells()) ids.add(c.id());
        return ids;
    }

    @Test
    void parse_json_prints_every_cell_of_the_template_with_blanks_as_null(@TempDir Path dir) throws Exception {
        Run r = run("parse", "--json", sample(dir, "district-eco-2020.txt").toString());
        assertThat(r.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("template").asText()).isEqualTo("2019");
        List<String> ids = new ArrayList<>();
        for (Iterator<String> it = json.get("cells").fieldNames(); it.hasNext(); ) ids.add(it.next());
        assertThat(ids).containsExactlyElementsOf(expectedIds("2019"));
        assertThat(json.get("cells").get("requests.new.natural").isNull()).isTrue();
        assertThat(json.get("cells").get("requests.new.total").asInt()).isZero();
        assertThat(json.get("cells").get("proactive.licensing.change").asInt()).isEqualTo(12);
        assertThat(json.get("raw").get("proactive.licensing.change").asText()).isEqualTo("增12");
        assertThat(json.get("cells").get("proactive.procurement.amount").decimalValue()).isEqualByComparingTo("22.36");
        assertThat(json.get("units").get("proactive.procurement.amount").asText()).isEqualTo("万元");
        assertThat(json.get("provenance").get("requests.new.total").get("line").asInt()).isEqualTo(112);
        assertThat(json.get("sections").get("other").asText()).isNotBlank();
        assertThat(json.get("findings").isArray()).isTrue();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "jiangyin-eco-2020.txt,2019", "district-eco-2020.txt,2019", "changzhou-eco-2021.txt,2021",
            "jingjiang-park-2020.txt,2019", "yanchi-eco-2020.txt,2019"})
    void parse_json_of_every_bundled_seed_has_exactly_the_ids_of_its_template(String name, String template,
                                                                              @TempDir Path dir) throws Exception {
        Run r = run("parse", "--json", sample(dir, name).toString());
        assertThat(r.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("template").asText()).isEqualTo(template);
        List<String> ids = new ArrayList<>();
        json.get("cells").fieldNames().forEachRemaining(ids::add);
        assertThat(ids).containsExactlyElementsOf(expectedIds(template));
    }

    @Test
    void parse_json_of_a_report_without_tables_has_200_nulls(@TempDir Path dir) throws Exception {
        Run r = run("parse", "--json", sample(dir, "changzhou-eco-2021.txt").toString());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("template").asText()).isEqualTo("2021");
        assertThat(json.get("status").asText()).isEqualTo("tables-missing");
        List<String> ids = new ArrayList<>();
        json.get("cells").fields().forEachRemaining(e -> {
            ids.add(e.getKey());
            assertThat(e.getValue().isNull()).as(e.getKey()).isTrue();
        });
        assertThat(ids).containsExactlyElementsOf(expectedIds("2021"));
    }

    @Test
    void several_files_give_an_array_and_a_bad_one_does_not_stop_the_others(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        Path notReport = Files.writeString(dir.resolve("notice.txt"), "关于召开会议的通知\n请各单位准时参加。");
        Run r = run("parse", "--json", sample(dir, "jiangyin-eco-2020.txt").toString(), empty.toString(),
                notReport.toString(), dir.resolve("missing.txt").toString(), sample(dir, "yanchi-eco-2020.txt").toString());
        assertThat(r.status()).isEqualTo(2);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(2);
        assertThat(json.get(1).get("agency").asText()).isEqualTo("吴忠市生态环境局盐池分局");
        List<String> lines = r.err().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith(empty + ": ").contains("文件为空");
        assertThat(lines.get(1)).startsWith(notReport + ": ").contains("不是政府信息公开工作年度报告");
        assertThat(lines.get(2)).contains("missing.txt: ").contains("文件不存在");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void parse_table_shows_the_three_tables_with_blanks_as_blanks(@TempDir Path dir) throws Exception {
        Run r = run("parse", "--table", sample(dir, "district-eco-2020.txt").toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("机关：区生态环境分局").contains("模板：2019")
                .contains("三、收到和处理政府信息公开申请情况").contains("四、政府信息公开行政复议、行政诉讼情况");
        String newRow = r.out().lines().filter(l -> l.startsWith("一、本年新收")).findFirst().orElseThrow();
        assertThat(newRow.split("│")).hasSize(8);
        assertThat(newRow.split("│")[1].strip()).isEmpty();
        assertThat(newRow.split("│")[7].strip()).isEqualTo("0");
    }

    @Test
    void demo_reads_every_bundled_sample() {
        Run r = run("demo");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("江阴生态环境局").contains("吴忠市生态环境局盐池分局").contains("常州市生态环境局")
                .contains("tables-missing");
    }
}
