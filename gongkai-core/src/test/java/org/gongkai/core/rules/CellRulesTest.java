package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** R5–R11 and R15: structure, what a cell may hold, and the T2 plausibility rules. */
class CellRulesTest {

    // ------------------------------------------------------------------------------------------------ R5

    @Test
    void r5_fires_on_a_2021_report_that_printed_other_outcomes_as_one_row() {
        // the matcher keeps a 2019-style （六）其他处理 row of a 2021 report as extra cells
        Fixture f = Examples.consistent2021()
                .unread("requests.other.no_correction").unread("requests.other.no_fee").unread("requests.other.misc")
                .extraRow("2019", "requests.other", "1 0 0 0 0 0 1");
        List<Finding> r5 = f.findings("R5");
        assertThat(r5).singleElement().satisfies(x -> {
            assertThat(x.isReportError()).isTrue();
            assertThat(x.cells()).contains("requests.other.natural", "requests.other.total");
            assertThat(x.message()).startsWith("2021 年版模板的（六）其他处理分为 3 行（1.申请人无正当…、").contains("本报告只印了一行（2019 年版的格式）");
        });
        // its values stand in for the three rows, so the sums still check out
        assertThat(f.checked().findings()).noneMatch(x -> x.rule().matches("R[1-4]"));
        // and are checked: 2 其他处理 where （七） counts 1
        Fixture wrong = Examples.consistent2021()
                .unread("requests.other.no_correction").unread("requests.other.no_fee").unread("requests.other.misc")
                .extraRow("2019", "requests.other", "2 0 0 0 0 0 2");
        assertThat(wrong.findings("R3")).extracting(Finding::message)
                .containsExactlyInAnyOrder("自然人列：（七）总计 30 ≠ 各项办理结果之和 31", "总计列：（七）总计 36 ≠ 各项办理结果之和 37");
    }

    @Test
    void r5_fires_on_a_2019_report_that_printed_the_2021_sub_rows() {
        Fixture f = Examples.consistent2019()
                .extraRow("2021", "requests.other.no_correction", "1 0 0 0 0 0 1")
                .extraRow("2021", "requests.other.no_fee", "0 0 0 0 0 0 0")
                .extraRow("2021", "requests.other.misc", "0 0 0 0 0 0 0");
        assertThat(f.findings("R5")).singleElement().satisfies(x -> {
            assertThat(x.isReportError()).isTrue();
            assertThat(x.message()).startsWith("2019 年版模板的（六）其他处理只有一行，本报告另外印有 3 行");
        });
    }

    @Test
    void r5_notes_a_2021_group_row_with_numbers_as_a_subtotal() {
        Fixture agrees = Examples.consistent2021().extraRow("2019", "requests.other", "1 0 0 0 0 0 1");
        assertThat(agrees.findings("R5")).singleElement().satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
        Fixture disagrees = Examples.consistent2021().extraRow("2019", "requests.other", "2 0 0 0 0 0 2");
        assertThat(disagrees.findings("R5")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("自然人 2 ≠ 1");
        });
    }

    @Test
    void r5_is_silent_on_reports_in_their_own_shape() {
        assertThat(Examples.consistent2021().findings("R5")).isEmpty();
        assertThat(Examples.consistent2019().findings("R5")).isEmpty();
    }

    @Test
    void r5_warns_when_the_template_does_not_fit_the_report_year() {
        assertThat(Examples.consistent2019().year(2022).findings("R5")).singleElement()
                .satisfies(x -> assertThat(x.message()).startsWith("2022 年度报告仍使用 2019 年版模板"));
        assertThat(Examples.consistent2019().year(2019).findings("R5")).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ R6

    @Test
    void r6_fires_on_a_negative_count_a_fraction_and_text() {
        Fixture f = Examples.consistent2019()
                .cell("appeals.review.other", "-1")
                .cell("proactive.licensing.decisions", "2.5")
                .cell("requests.declined.excessive.natural", "详见附件");
        List<Finding> r6 = f.findings("R6");
        assertThat(r6).extracting(Finding::message).containsExactlyInAnyOrder(
                "行政复议 · 其他结果：印作「-1」，件数不能为负数",
                "行政许可 · 处理决定数量：印作「2.5」，件数必须是整数",
                "（五）不予处理 4.无正当理由大量反复申请 · 自然人：印作「详见附件」，不是数字");
        assertThat(r6).allMatch(Finding::isReportError);
    }

    @Test
    void r6_is_silent_on_counts_and_a_nil_token() {
        Fixture f = Examples.consistent2019().cell("proactive.penalty.decisions", "430").cell("appeals.review.other", "无");
        assertThat(f.findings("R6")).isEmpty();
    }

    @Test
    void r6_on_a_value_placed_by_order_is_a_reading_warning() {
        Fixture f = Examples.consistent2019().cell("proactive.coercion.decisions", "见附件")
                .finding(Finding.reading("values-by-order", Severity.WARNING,
                        List.of("proactive.coercion.previous", "proactive.coercion.change", "proactive.coercion.decisions"), "按顺序"));
        assertThat(f.findings("R6")).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FindingKind.READING);
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
        });
    }

    // ------------------------------------------------------------------------------------------------ R7

    @Test
    void r7_fires_on_a_delta_that_is_not_a_whole_number() {
        Fixture f = Examples.consistent2019().cell("proactive.penalty.change", "增1.5").cell("proactive.fees.change", "见说明");
        assertThat(f.findings("R7")).hasSize(2).allMatch(Finding::isReportError);
    }

    @Test
    void r7_accepts_negative_deltas_in_every_printed_form() {
        // 减60 (seed 000), 34（减） (seed 003), -18 (S6 2020), +2 (seed 004)
        Fixture f = Examples.consistent2019()
                .cell("proactive.licensing.change", "减60").cell("proactive.penalty.change", "34（减）")
                .cell("proactive.coercion.change", "-18").cell("proactive.other_services.change", "+2");
        assertThat(f.findings("R7")).isEmpty();
        assertThat(f.findings("R6")).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ R8

    @Test
    void r8_fires_on_a_negative_fee_and_warns_on_one_printed_in_yuan() {
        assertThat(Examples.consistent2021().cell("proactive.fees.amount", "-3").findings("R8"))
                .singleElement().matches(Finding::isReportError);
        Finding yuan = Examples.consistent2021().cell("proactive.fees.amount", "5000元").findings("R8").get(0);
        assertThat(yuan.severity()).isEqualTo(Severity.WARNING);
        assertThat(yuan.expected()).isEqualByComparingTo("0.5");
        assertThat(yuan.message()).isEqualTo("行政事业性收费 · 本年收费金额（单位：万元）：印作「5000元」，本栏单位为万元，按元计应填 0.5");
    }

    @Test
    void r8_accepts_six_decimals_of_wan_yuan() {
        // S6 2021: 24252.311082
        assertThat(Examples.consistent2021().cell("proactive.fees.amount", "24252.311082").findings("R8")).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ R9

    @Test
    void r9_warns_on_a_procurement_amount_without_a_unit() {
        // seed 000: 采购总金额 printed as a bare 14.35
        Finding x = Examples.consistent2019().cell("proactive.procurement.amount", "14.35").findings("R9").get(0);
        assertThat(x.severity()).isEqualTo(Severity.WARNING);
        assertThat(x.kind()).isEqualTo(FindingKind.REPORT);
        assertThat(x.cells()).containsExactly("proactive.procurement.amount");
    }

    @Test
    void r9_accepts_an_amount_with_its_unit_and_a_bare_0() {
        // seed 001: 22.36万元; seed 004: 0
        assertThat(Examples.consistent2019().cell("proactive.procurement.amount", "22.36万元").findings("R9")).isEmpty();
        assertThat(Examples.consistent2019().cell("proactive.procurement.amount", "0").findings("R9")).isEmpty();
    }

    // ----------------------------------------------------------------------------------------------- R10

    @Test
    void r10_warns_when_fewer_documents_are_in_force_than_this_years_net_additions() {
        Fixture f = Examples.consistent2021()
                .cell("proactive.normative.issued", "10").cell("proactive.normative.repealed", "2").cell("proactive.normative.in_force", "3");
        Finding x = f.findings("R10").get(0);
        assertThat(x.severity()).isEqualTo(Severity.WARNING);
        assertThat(x.expected()).isEqualByComparingTo("8");
        assertThat(x.message()).isEqualTo("行政规范性文件：现行有效件数 3 < 本年制发件数 10 − 本年废止件数 2 = 8");
    }

    @Test
    void r10_is_silent_when_the_stock_covers_the_net_additions() {
        // S6 2022: 88 issued, 55 repealed, 698 in force
        Fixture f = Examples.consistent2021()
                .cell("proactive.normative.issued", "88").cell("proactive.normative.repealed", "55").cell("proactive.normative.in_force", "698");
        assertThat(f.findings("R10")).isEmpty();
    }

    // ----------------------------------------------------------------------------------------------- R11

    @Test
    void r11_warns_when_the_cumulative_count_is_below_this_years() {
        Fixture f = Examples.consistent2019().row("proactive.normative", "18 12 10");
        assertThat(f.findings("R11")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).isEqualTo("规范性文件：对外公开总数量 10 < 本年新公开数量 12（累计数不应小于本年数）");
        });
    }

    @Test
    void r11_is_silent_on_seed_003s_documents() {
        // seed 003: 规章 0 / 2 / 10, 规范性文件 18 / 2 / 10
        Fixture f = Examples.consistent2019().row("proactive.rules", "0 2 10").row("proactive.normative", "18 2 10");
        assertThat(f.findings("R11")).isEmpty();
    }

    // ----------------------------------------------------------------------------------------------- R15

    @Test
    void r15_notes_decisions_that_equal_the_rolled_forward_item_count() {
        // seed 000: 810 / 减60 / 750
        Fixture f = Examples.consistent2019().row("proactive.licensing", "810 减60 750");
        assertThat(f.findings("R15")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.INFO);
            assertThat(x.kind()).isEqualTo(FindingKind.REPORT);
            assertThat(x.message()).startsWith("行政许可：处理决定数量 750 = 上一年项目数量 810 + 本年增/减 减60");
        });
    }

    @Test
    void r15_is_silent_on_decision_counts_unrelated_to_items() {
        // seed 004: 行政处罚 7 / +2 / 16; S6 2019: 2648 / 0 / 430
        Fixture f = Examples.consistent2019().row("proactive.penalty", "7 +2 16").row("proactive.licensing", "2648 0 430");
        assertThat(f.findings("R15")).isEmpty();
    }
}
