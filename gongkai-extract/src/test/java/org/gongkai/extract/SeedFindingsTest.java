package org.gongkai.extract;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.ReportStatus;
import org.gongkai.core.report.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.extract.SeedReportsTest.seed;

/** What the rules say about the five real seed reports, as domain.md §2.7 describes them. */
class SeedFindingsTest {

    private static List<Finding> errors(Report r) {
        return r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    private static List<Finding> rule(Report r, String id) {
        return r.findings().stream().filter(f -> f.rule().equals(id)).toList();
    }

    /**
     * 江阴 2020: 自然人 4 new applications, all 4 予以公开, but the 总计 column printed 0 on （一） and （七）:
     * R2 fails on both rows and R1 in the 总计 column (4 + 0 ≠ 0 + 0). Nothing else is wrong.
     */
    @Test
    void seed_000_gives_exactly_r2_twice_and_r1_once() throws IOException {
        Report r = seed("000_7d510606562a86a9.txt");
        List<Finding> errors = errors(r);
        assertThat(errors).hasSize(3).allMatch(f -> f.kind() == FindingKind.REPORT);

        assertThat(errors).filteredOn(f -> f.rule().equals("R2")).extracting(Finding::message).containsExactlyInAnyOrder(
                "（一）予以公开 · 总计：0 ≠ 各类申请人之和 4",
                "（七）总计 · 总计：0 ≠ 各类申请人之和 4");
        Finding granted = errors.stream().filter(f -> f.cells().contains("requests.granted.total")).findFirst().orElseThrow();
        assertThat(granted.expected()).isEqualByComparingTo("4");
        assertThat(granted.actual()).isEqualByComparingTo("0");
        assertThat(errors).filteredOn(f -> f.rule().equals("R2") && f.cells().contains("requests.total.total")).hasSize(1);

        Finding r1 = errors.stream().filter(f -> f.rule().equals("R1")).findFirst().orElseThrow();
        assertThat(r1.cells()).containsExactlyInAnyOrder("requests.new.total", "requests.carried_over.total",
                "requests.total.total", "requests.carried_forward.total");
        assertThat(r1.expected()).isEqualByComparingTo("4");
        assertThat(r1.actual()).isEqualByComparingTo("0");
        assertThat(r1.message()).startsWith("总计列：").contains("4 + 0").contains("0 + 0");

        // the bare 14.35 of 采购总金额 has no unit; 810 / 减60 / 750 looks like an item roll-forward
        assertThat(rule(r, "R9")).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(rule(r, "R15")).singleElement().satisfies(f -> assertThat(f.cells()).contains("proactive.licensing.decisions"));
        // two cells are wrong: the hint names both totals and their row sums
        assertThat(rule(r, "repair-hint")).singleElement().satisfies(h -> {
            assertThat(h.severity()).isEqualTo(Severity.INFO);
            assertThat(h.cells()).containsExactlyInAnyOrder("requests.granted.total", "requests.total.total");
        });
        assertThat(r.number("requests.granted.total")).isEqualByComparingTo("0");
    }

    /** 区生态环境分局 2020: T3 blank except the 总计 column 0, and （六）'s 总计 blank too. */
    @Test
    void seed_001_is_handled_by_the_blank_rules_without_false_errors() throws IOException {
        Report r = seed("001_070690aef0575d3b.txt");
        assertThat(errors(r)).isEmpty();
        assertThat(r.findings()).noneMatch(f -> f.rule().matches("R[1-6]"));

        Finding blanks = rule(r, "blank-as-zero").get(0);
        assertThat(blanks.kind()).isEqualTo(FindingKind.READING);
        // 23 rows × 6 applicant columns, all blank
        assertThat(blanks.cells()).hasSize(23 * 6).contains("requests.new.natural", "requests.total.other_org");

        Finding derived = rule(r, "derived-total").get(0);
        assertThat(rule(r, "derived-total")).hasSize(1);
        assertThat(derived.cells().get(0)).isEqualTo("requests.other.total");
        assertThat(derived.expected()).isEqualByComparingTo("0");
        // the cell itself stays blank: the derived total lives in the finding only
        assertThat(r.value("requests.other.total").isBlank()).isTrue();

        // 28 / 增12 / 40 and 4 / 增6 / 10
        assertThat(rule(r, "R15")).hasSize(2);
        assertThat(rule(r, "R9")).isEmpty(); // 22.36万元 carries its unit
    }

    /** 常州 2021: the tables were not in the text — 「tables missing」, not a wall of zero errors. */
    @Test
    void seed_002_gives_tables_missing_and_no_arithmetic_findings() throws IOException {
        Report r = seed("002_725613280118eb69.txt");
        assertThat(r.status()).isEqualTo(ReportStatus.TABLES_MISSING);
        assertThat(rule(r, "tables-missing")).hasSize(1);
        assertThat(errors(r)).isEmpty();
        assertThat(r.findings()).noneMatch(f -> f.rule().matches("R\\d+|blank-as-zero|derived-total|repair-hint|S1|S4"));
        // its 六 does say how fees stood: 「本年度政府信息公开事项未收取任何费用」
        assertThat(rule(r, "S6")).isEmpty();
    }

    /** 靖江园区 2020 and 盐池 2020: every sum holds. */
    @Test
    void seeds_003_and_004_give_no_error_of_kind_report() throws IOException {
        for (String name : List.of("003_f9624be8a21e35fd.txt", "004_2e5524cc18545b14.txt")) {
            Report r = seed(name);
            assertThat(r.findings()).as(name).noneMatch(Finding::isReportError);
            assertThat(r.findings()).as(name).noneMatch(f -> f.rule().matches("R[1-4]"));
        }
    }

    /**
     * 洪泽区人民政府 2023 (a pdftotext layout of the published PDF): T4 prints 总计 0 beside 10 维持 + 1
     * 纠正 for 行政复议 and beside 5 维持 for 复议后起诉, and （六）其他处理 is one row of zeros where the
     * 2021 template has three. T3 itself balances: 21 received, 21 handled.
     */
    @Test
    void hongze_2023_breaks_r4_twice_and_r5() throws IOException {
        Report r;
        try (var in = SeedFindingsTest.class.getResourceAsStream("/layouts/hongze-2023.pdftotext-layout.txt")) {
            r = org.gongkai.Gongkai.read(in.readAllBytes(), "layouts/hongze-2023.pdftotext-layout.txt");
        }
        assertThat(errors(r)).extracting(Finding::rule).containsExactlyInAnyOrder("R4", "R4", "R5");
        assertThat(rule(r, "R4")).extracting(Finding::message).containsExactlyInAnyOrder(
                "行政复议 · 总计：0 ≠ 结果维持、结果纠正、其他结果、尚未审结之和 11",
                "行政诉讼 / 复议后起诉 · 总计：0 ≠ 结果维持、结果纠正、其他结果、尚未审结之和 5");
        assertThat(r.findings()).noneMatch(f -> f.rule().matches("R[1-3]"));
        // 六 reports the fee: 「全年收取政府信息公开信息处理费 0 元」
        assertThat(rule(r, "S6")).isEmpty();
    }

    @Test
    void seeds_000_and_001_are_not_compared_as_one_organ() throws IOException {
        List<Report> both = org.gongkai.core.rules.RuleEngine.standard()
                .checkAcrossYears(List.of(seed("000_7d510606562a86a9.txt"), seed("001_070690aef0575d3b.txt")));
        assertThat(both).allSatisfy(r -> assertThat(r.findings()).noneMatch(f -> f.rule().matches("R1[2-4]")));
    }
}
