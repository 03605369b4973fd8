package org.gongkai.core.json;

import org.gongkai.core.report.Cell;
import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Provenance;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportJsonReadTest {

    @Test
    void readsTheExampleOfTheSpecification() {
        String json = """
                {
                  "source": "reports/jiangyin-2020.txt",
                  "sha256": "9f2c",
                  "agency": "江阴生态环境局",
                  "year": 2020,
                  "template": "2019",
                  "cells": {
                    "proactive.licensing.previous": 810,
                    "proactive.licensing.change": -60,
                    "proactive.procurement.amount": 14.35,
                    "requests.new.natural": 4,
                    "requests.other.total": null
                  },
                  "units": { "proactive.procurement.amount": null },
                  "raw": { "proactive.licensing.change": "减60" },
                  "provenance": { "requests.new.natural": { "page": null, "line": 131, "text": "4" } },
                  "sections": { "overview": "概述", "problems": "问题", "other": "其他" },
                  "findings": [
                    { "rule": "R2", "severity": "error", "kind": "report",
                      "cells": ["requests.granted.natural", "requests.granted.total"],
                      "expected": 4, "actual": 0, "message": "（一）予以公开：总计 0 ≠ 各类申请人之和 4" }
                  ]
                }
                """;
        Report r = ReportJson.read(json);
        assertThat(r.agency()).isEqualTo("江阴生态环境局");
        assertThat(r.year()).isEqualTo(2020);
        assertThat(r.templateId()).isEqualTo("2019");
        assertThat(r.cells()).hasSize(198);
        assertThat(r.number("proactive.licensing.change")).isEqualByComparingTo("-60");
        assertThat(r.cell("proactive.licensing.change").orElseThrow().raw()).isEqualTo("减60");
        assertThat(r.number("proactive.procurement.amount")).isEqualTo(new BigDecimal("14.35"));
        assertThat(r.value("requests.other.total")).isEqualTo(CellValue.BLANK);
        assertThat(r.value("requests.new.business")).isEqualTo(CellValue.BLANK);
        assertThat(r.cell("requests.new.natural").orElseThrow().provenance().line()).isEqualTo(131);
        assertThat(r.sections()).containsEntry("overview", "概述").containsEntry("other", "其他");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("R2");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.expected()).isEqualByComparingTo("4");
        });
    }

    @Test
    void writingWhatWasReadGivesTheSameJson() {
        Report r = Report.builder().source("a.txt").agency("某某局").year(2023).templateId("2021")
                .cell(new Cell("proactive.fees.amount", CellValue.of(new BigDecimal("24252.311082")), "24252.311082", null,
                        Provenance.cell(1, 12, 2, "24252.311082")))
                .cell(new Cell("requests.new.natural", new CellValue.Text("见附件"), "见附件", null, null))
                .cell(new Cell("requests.new.total", CellValue.of(0), "0", null, Provenance.line(40, "0")))
                .section("overview", "第一段\n第二段\t\"引号\"")
                .finding(new Finding("R1", Severity.ERROR, FindingKind.REPORT, List.of("requests.new.total"),
                        BigDecimal.ONE, BigDecimal.ZERO, "一 + 二 ≠ （七）+ 四"))
                .build();
        String json = ReportJson.write(r);
        assertThat(ReportJson.write(ReportJson.read(json))).isEqualTo(json);
    }

    @Test
    void numbersKeepTheirPrintedScale() {
        Object v = JsonParser.parse("{\"a\": 14.350, \"b\": -0, \"c\": 1e3, \"d\": \"\\u4e07\\n\"}");
        Map<?, ?> m = (Map<?, ?>) v;
        assertThat(m.get("a")).isEqualTo(new BigDecimal("14.350"));
        assertThat(m.get("c")).isEqualTo(new BigDecimal("1e3"));
        assertThat(m.get("d")).isEqualTo("万\n");
    }

    @Test
    void badJsonNamesWhereItBroke() {
        assertThatThrownBy(() -> ReportJson.read("{\n  \"year\": 2020,\n  \"cells\": {\"a\" 1}\n}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("第 3 行");
        assertThatThrownBy(() -> ReportJson.read("[1, 2]")).hasMessageContaining("对象");
        assertThatThrownBy(() -> JsonParser.parse("{\"a\": 01}")).isInstanceOf(IllegalArgumentException.class);
    }
}
