package org.gongkai.core.template;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TemplateCatalogueTest {
    private final TemplateCatalogue catalogue = TemplateCatalogue.standard();

    @Test
    void both_templates_carry_exactly_the_cells_of_the_contract() {
        Template t2019 = catalogue.require("2019");
        Template t2021 = catalogue.require("2021");
        assertThat(t2019.cells()).hasSize(198);
        assertThat(t2021.cells()).hasSize(200);
        Set<String> all = new LinkedHashSet<>();
        t2019.cells().forEach(c -> all.add(c.id()));
        t2021.cells().forEach(c -> all.add(c.id()));
        assertThat(all).hasSize(226);
    }

    @Test
    void the_shipped_contract_is_the_shared_one() throws IOException {
        Path shared = Path.of("../../shared/spec/cells.tsv");
        assumeTrue(Files.exists(shared), "shared/ is beside the checkout in CI and development");
        try (InputStream in = TemplateCatalogue.class.getResourceAsStream("cells.tsv")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(shared));
        }
    }

    @Test
    void rows_follow_the_printed_order_and_widths_of_the_template() {
        Template t = catalogue.require("2019");
        List<String> t3 = new ArrayList<>();
        t.rows(TableId.T3).forEach(r -> t3.add(r.id()));
        assertThat(t3).hasSize(23).startsWith("requests.new", "requests.carried_over", "requests.granted", "requests.partial",
                "requests.withheld.state_secret").endsWith("requests.other", "requests.total", "requests.carried_forward");
        assertThat(catalogue.require("2021").rows(TableId.T3)).hasSize(25);
        assertThat(t.row("proactive.fees").orElseThrow().width()).isEqualTo(2);
        assertThat(t.row("proactive.procurement").orElseThrow().width()).isEqualTo(2);
        assertThat(catalogue.require("2021").row("proactive.licensing").orElseThrow().width()).isEqualTo(1);
        assertThat(t.requestColumns()).containsExactly("natural", "business", "research", "nonprofit", "legal", "other_org", "total");
        assertThat(t.outcomeRows()).hasSize(19);
        assertThat(catalogue.require("2021").outcomeRows()).hasSize(21);
    }

    @Test
    void cells_carry_printed_labels_and_kinds_per_template() {
        CellSpec change = catalogue.require("2019").cell("proactive.licensing.change").orElseThrow();
        assertThat(change.kind()).isEqualTo(CellKind.DELTA);
        assertThat(change.columnLabel()).isEqualTo("本年增/减");
        assertThat(catalogue.require("2019").cell("proactive.licensing.decisions").orElseThrow().columnLabel()).isEqualTo("处理决定数量");
        assertThat(catalogue.require("2021").cell("proactive.licensing.decisions").orElseThrow().columnLabel()).isEqualTo("本年处理决定数量");
        assertThat(catalogue.require("2021").cell("proactive.fees.amount").orElseThrow().kind()).isEqualTo(CellKind.AMOUNT);
        assertThat(catalogue.require("2021").cell("requests.granted.total").orElseThrow().displayName()).isEqualTo("（一）予以公开 · 总计");
        assertThat(catalogue.require("2019").row("proactive.rules").orElseThrow().caption()).isEqualTo("a");
        assertThat(catalogue.require("2019").row("proactive.procurement").orElseThrow().caption()).isEqualTo("e");
    }

    @Test
    void detects_the_template_by_its_labels_before_the_year() {
        assertThat(catalogue.detect("信息内容本年制发件数本年废止件数现行有效件数", 2020)).contains("2021");
        assertThat(catalogue.detect("信息内容本年新制作数量本年新公开数量", 2022)).contains("2019");
        assertThat(catalogue.detect("指标名称计量单位2018年度历年累计", 2018)).contains("legacy");
        assertThat(catalogue.detect("没有表格", 2021)).contains("2021");
        assertThat(catalogue.detect("没有表格", 2019)).contains("2019");
        assertThat(catalogue.detect("没有表格", 2017)).contains("legacy");
        assertThat(catalogue.detect("没有表格", null)).isEmpty();
    }

    @Test
    void section_headings_include_the_variants_real_reports_print() {
        assertThat(catalogue.sectionAliases(SectionId.APPEALS)).contains("政府信息公开行政法复议、行政诉讼情况");
        assertThat(catalogue.sectionAliases(SectionId.PROBLEMS)).contains("存在问题及改进情况", "政府信息公开工作存在的主要问题及改进情况");
    }
}
