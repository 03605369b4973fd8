package org.gongkai.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** gongkai render, synth and bench from the command line. */
class RenderCliTest {

    @Test
    void blank_skeleton_has_every_cell_null(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("render", "--blank", "--template", "2019");
        assertThat(r.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("template").asText()).isEqualTo("2019");
        assertThat(json.get("cells").size()).isEqualTo(198);
        assertThat(json.get("cells").get("proactive.procurement.amount").isNull()).isTrue();
    }

    @Test
    void a_filled_in_skeleton_renders_and_reads_back(@TempDir Path dir) throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode json = (ObjectNode) m.readTree(CliTest.run("render", "--blank", "--template", "2021").out());
        json.put("agency", "某某县教育局");
        ObjectNode cells = (ObjectNode) json.get("cells");
        cells.put("requests.new.natural", 3);
        cells.put("requests.new.total", 3);
        cells.put("requests.granted.natural", 2);
        cells.put("requests.granted.total", 2);
        cells.put("requests.total.natural", 2);
        cells.put("requests.total.total", 2);
        cells.put("requests.carried_forward.natural", 1);
        cells.put("requests.carried_forward.total", 1);
        Path in = dir.resolve("report.json");
        Files.writeString(in, m.writeValueAsString(json), StandardCharsets.UTF_8);
        Path txt = dir.resolve("report.txt");
        CliTest.Run r = CliTest.run("render", in.toString(), "--to", "txt", "-o", txt.toString());
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode back = m.readTree(CliTest.run("parse", "--json", txt.toString()).out());
        assertThat(back.get("agency").asText()).isEqualTo("某某县教育局");
        assertThat(back.get("cells").get("requests.new.natural").asInt()).isEqualTo(3);
        assertThat(back.get("cells").get("requests.carried_forward.total").asInt()).isEqualTo(1);
        assertThat(back.get("cells").get("requests.new.business").isNull()).isTrue();
    }

    @Test
    void a_report_breaking_r1_is_refused_unless_errors_are_allowed(@TempDir Path dir) throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode json = (ObjectNode) m.readTree(CliTest.run("render", "--blank", "--template", "2021").out());
        ObjectNode cells = (ObjectNode) json.get("cells");
        // 一 + 二 = 5 + 0 but （七）总计 + 四 = 4 + 0
        cells.put("requests.new.natural", 5);
        cells.put("requests.carried_over.natural", 0);
        cells.put("requests.total.natural", 4);
        cells.put("requests.carried_forward.natural", 0);
        Path in = dir.resolve("report.json");
        Files.writeString(in, m.writeValueAsString(json), StandardCharsets.UTF_8);
        Path out = dir.resolve("report.html");
        CliTest.Run refused = CliTest.run("render", in.toString(), "--to", "html", "-o", out.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("R1").contains("--allow-errors");
        assertThat(out).doesNotExist();
        CliTest.Run allowed = CliTest.run("render", in.toString(), "--to", "html", "-o", out.toString(), "--allow-errors");
        assertThat(allowed.status()).isZero();
        assertThat(Files.readString(out)).contains("三、本年度办理结果");
    }

    @Test
    void synth_writes_documents_with_truth_and_bench_verifies_them(@TempDir Path dir) throws Exception {
        CliTest.Run r = CliTest.run("synth", "--count", "6", "--template", "2019", "--formats", "txt", "--out", dir.toString(), "--seed", "3");
        assertThat(r.status()).as(r.err()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .hasSize(12).anyMatch(n -> n.endsWith(".txt")).anyMatch(n -> n.endsWith(".json"));
        }
        CliTest.Run bench = CliTest.run("bench", dir.toString(), "--repeat", "1", "--warmup", "0", "--verify");
        assertThat(bench.status()).as(bench.out() + bench.err()).isZero();
        assertThat(bench.out()).contains("| txt | 6 |").contains("verify: 6 documents, 6 with every cell equal to the truth");
    }
}
