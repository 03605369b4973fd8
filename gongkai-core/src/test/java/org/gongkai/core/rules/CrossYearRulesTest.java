package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** R12–R14 and how reports are paired: same organ by normalised name, consecutive years. */
class CrossYearRulesTest {
    private final RuleEngine engine = RuleEngine.standard();

    private List<Finding> across(Report previous, Report current, String rule) {
        return engine.checkAcrossYears(previous, current).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    // ----------------------------------------------------------------------------------------------- R12

    @Test
    void r12_warns_when_this_years_carried_over_is_not_last_years_carried_forward() {
        Report y2021 = Examples.consistent2021().build();                      // 二、上年结转 自然人 2
        Report y2020 = Examples.consistent2019().row("requests.carried_forward", "1 0 0 0 0 0 1")
                .row("requests.new", "29 2 0 1 3 0 35").row("requests.total", "28 2 0 1 3 0 34").build();
        List<Finding> r12 = across(y2020, y2021, "R12");
        assertThat(r12).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.kind()).isEqualTo(FindingKind.REPORT);
        });
        assertThat(r12.get(0).cells()).containsExactly("requests.carried_over.natural", "requests.carried_forward.natural");
        assertThat(r12.get(0).expected()).isEqualByComparingTo("1");
        assertThat(r12.get(0).actual()).isEqualByComparingTo("2");
        assertThat(r12.get(0).message()).startsWith("二、上年结转政府信息公开申请数量 · 自然人：2021 年 2 ≠ 2020 年「四、结转下年度继续办理」1")
                .contains("两年所用模板不同");
    }

    @Test
    void r12_is_silent_when_the_carry_over_matches() {
        // S6 2021→2022: 1 carried forward, 1 carried over
        Report y2021 = Examples.consistent2021().build();
        Report y2022 = Examples.consistent2021().year(2022).build();
        assertThat(across(y2021, y2022, "R12")).isEmpty();
    }

    // ----------------------------------------------------------------------------------------------- R13

    @Test
    void r13_warns_when_the_documents_in_force_do_not_roll_forward() {
        Report y2022 = Examples.consistent2021().year(2022).row("proactive.normative", "88 55 698").build();
        Report y2023 = Examples.consistent2021().year(2023).row("proactive.normative", "40 12 393").build();
        assertThat(across(y2022, y2023, "R13")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.expected()).isEqualByComparingTo("726");
            assertThat(f.actual()).isEqualByComparingTo("393");
            assertThat(f.message()).startsWith("行政规范性文件：2023 年现行有效件数 393 ≠ 2022 年 698 + 本年制发 40 − 本年废止 12 = 726");
        });
    }

    @Test
    void r13_is_silent_when_the_stock_rolls_forward() {
        // S6 2021→2022: 665 + 88 − 55 = 698
        Report y2021 = Examples.consistent2021().row("proactive.normative", "70 20 665").build();
        Report y2022 = Examples.consistent2021().year(2022).row("proactive.normative", "88 55 698").build();
        assertThat(across(y2021, y2022, "R13")).isEmpty();
    }

    // ----------------------------------------------------------------------------------------------- R14

    @Test
    void r14_warns_when_last_years_items_plus_change_is_not_this_years_previous() {
        Report y2019 = Examples.consistent2019().year(2019).row("proactive.licensing", "810 减60 750").build();
        Report y2020 = Examples.consistent2019().row("proactive.licensing", "810 0 810").build();
        assertThat(across(y2019, y2020, "R14")).singleElement().satisfies(f -> {
            assertThat(f.expected()).isEqualByComparingTo("750");
            assertThat(f.actual()).isEqualByComparingTo("810");
            assertThat(f.cells()).containsExactly("proactive.licensing.previous");
        });
    }

    @Test
    void r14_is_silent_on_s6s_2019_to_2020_penalties() {
        // S6: 行政处罚 2019 2648 / 0 / 430, 2020 2648 / −18 / 538
        Report y2019 = Examples.consistent2019().year(2019).row("proactive.penalty", "2648 0 430").build();
        Report y2020 = Examples.consistent2019().row("proactive.penalty", "2648 -18 538").build();
        assertThat(across(y2019, y2020, "R14")).isEmpty();
    }

    // ------------------------------------------------------------------------------------------- pairing

    @Test
    void reports_checked_together_get_cross_year_findings_on_the_later_year_of_the_same_organ() {
        Report y2020 = Examples.consistent2019().agency("常州市生态环境局").row("requests.carried_forward", "1 0 0 0 0 0 1")
                .row("requests.new", "29 2 0 1 3 0 35").row("requests.total", "28 2 0 1 3 0 34").build();
        Report y2021 = Examples.consistent2021().agency("常州市 生态环境局").build();
        Report other = Examples.consistent2021().agency("江阴生态环境局").build();
        List<Report> out = engine.checkAcrossYears(List.of(y2021, other, y2020));
        assertThat(out.get(0).findings()).extracting(Finding::rule).contains("R12");
        assertThat(out.get(1).findings()).isEmpty();
        assertThat(out.get(2).findings()).isEmpty();
    }

    @Test
    void reports_two_years_apart_or_of_different_organs_are_not_compared() {
        Report y2019 = Examples.consistent2019().year(2019).row("requests.carried_forward", "1 0 0 0 0 0 1")
                .row("requests.new", "29 2 0 1 3 0 35").row("requests.total", "28 2 0 1 3 0 34").build();
        Report y2021 = Examples.consistent2021().build();
        assertThat(engine.checkAcrossYears(List.of(y2019, y2021))).allSatisfy(r -> assertThat(r.findings()).isEmpty());
        Report a = Examples.consistent2019().agency("江阴生态环境局").row("requests.carried_forward", "1 0 0 0 0 0 1")
                .row("requests.new", "29 2 0 1 3 0 35").row("requests.total", "28 2 0 1 3 0 34").build();
        Report b = Examples.consistent2021().agency("常州市生态环境局").build();
        assertThat(engine.checkAcrossYears(List.of(a, b))).allSatisfy(r -> assertThat(r.findings()).isEmpty());
    }

    @Test
    void organ_names_are_compared_without_spaces_punctuation_or_a_trailing_title() {
        assertThat(OrganName.key("常州市 生态环境局")).isEqualTo(OrganName.key("常州市生态环境局"));
        assertThat(OrganName.key("江阴生态环境局2020年政府信息公开工作年度报告")).contains("江阴生态环境局");
        assertThat(OrganName.key("江阴生态环境局")).isNotEqualTo(OrganName.key("常州市生态环境局"));
        assertThat(OrganName.key(null)).isEmpty();
    }
}
