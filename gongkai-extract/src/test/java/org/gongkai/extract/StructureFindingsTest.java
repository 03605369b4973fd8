package org.gongkai.extract;

import org.gongkai.Gongkai;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** R5 end to end: the matcher keeps a wrongly shaped （六） as extra cells, the rule says what is wrong. */
class StructureFindingsTest {

    @Test
    void a_2021_report_printing_other_outcomes_as_one_row_breaks_r5_and_nothing_else() throws IOException {
        Report r;
        try (InputStream in = getClass().getResourceAsStream("/constructed/sifa-2021-other-as-one-row.txt")) {
            r = Gongkai.read(in.readAllBytes(), "constructed/sifa-2021-other-as-one-row.txt");
        }
        assertThat(r.templateId()).isEqualTo("2021");
        assertThat(r.extraCells()).containsKey("requests.other.natural");

        assertThat(r.findings()).filteredOn(Finding::isReportError).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("R5");
            assertThat(f.cells()).contains("requests.other.natural", "requests.other.total");
            assertThat(f.message()).contains("本报告只印了一行（2019 年版的格式）");
        });
        // the one row's 1 stands in for the three rows, so （七）总计 3 = 2 予以公开 + 1 其他处理 holds
        assertThat(r.findings()).noneMatch(f -> f.rule().matches("R[1-4]"));
        // the reading side is said separately, and never mixed with the report's error
        assertThat(r.findings()).filteredOn(f -> f.rule().equals("non-template-row"))
                .allMatch(f -> f.kind() == FindingKind.READING);
    }
}
