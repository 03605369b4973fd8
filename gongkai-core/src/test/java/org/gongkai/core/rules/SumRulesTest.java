package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.ReportStatus;
import org.gongkai.core.report.Severity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** R1–R4, the blank semantics of domain.md §2.6–§2.7 and the repair hints. */
class SumRulesTest {

    private static List<Finding> errors(Report r) {
        return r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    @Test
    void consistent_reports_of_both_templates_have_no_findings_at_all() {
        assertThat(Examples.consistent2019().checked().findings()).isEmpty();
        assertThat(Examples.consistent2021().checked().findings()).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ R1

    @Test
    void r1_fires_when_a_column_handles_more_than_it_received() {
        // 4 new, 0 carried over, but 5 handled: the 法律服务机构 column of a report with one extra 予以公开
        Fixture f = Examples.consistent2019()
                .row("requests.granted", "12 1 0 0 2 0 15")
                .row("requests.total", "30 2 0 1 4 0 37");
        List<Finding> r1 = f.findings("R1");
        assertThat(r1).hasSize(2);
        Finding legal = r1.stream().filter(x -> x.cells().contains("requests.new.legal")).findFirst().orElseThrow();
        assertThat(legal.severity()).isEqualTo(Severity.ERROR);
        assertThat(legal.kind()).isEqualTo(FindingKind.REPORT);
        assertThat(legal.cells()).containsExactlyInAnyOrder("requests.total.legal", "requests.carried_forward.legal",
                "requests.new.legal", "requests.carried_over.legal");
        assertThat(legal.expected()).isEqualByComparingTo("3");
        assertThat(legal.actual()).isEqualByComparingTo("4");
        assertThat(legal.message()).startsWith("法律服务机构列：").contains("3 + 0").contains("4 + 0");
        assertThat(f.findings("R2")).isEmpty();
        assertThat(f.findings("R3")).isEmpty();
    }

    @Test
    void r1_holds_when_carried_forward_makes_up_the_difference() {
        Fixture f = Examples.consistent2019()
                .row("requests.carried_over", "3 0 0 0 0 0 3")
                .row("requests.carried_forward", "3 0 0 0 0 0 3");
        assertThat(f.findings("R1")).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ R2

    @Test
    void r2_fires_on_a_total_left_0_and_names_row_and_column_by_their_printed_labels() {
        Fixture f = Examples.consistent2019().row("requests.granted", "12 1 0 0 1 0 0");
        List<Finding> r2 = f.findings("R2");
        assertThat(r2).hasSize(1);
        Finding x = r2.get(0);
        assertThat(x.severity()).isEqualTo(Severity.ERROR);
        assertThat(x.kind()).isEqualTo(FindingKind.REPORT);
        assertThat(x.message()).isEqualTo("（一）予以公开 · 总计：0 ≠ 各类申请人之和 14");
        assertThat(x.expected()).isEqualByComparingTo("14");
        assertThat(x.actual()).isEqualByComparingTo("0");
        assertThat(x.cells()).contains("requests.granted.total", "requests.granted.natural", "requests.granted.other_org");
    }

    @Test
    void r2_names_a_leaf_row_with_its_group() {
        Fixture f = Examples.consistent2021().row("requests.withheld.process", "2 0 0 0 0 0 3");
        assertThat(f.findings("R2")).singleElement().extracting(Finding::message)
                .isEqualTo("（三）不予公开 6.属于四类过程性信息 · 总计：3 ≠ 各类申请人之和 2");
    }

    // ------------------------------------------------------------------------------------------------ R3

    @Test
    void r3_fires_when_outcome_leaves_add_up_to_more_than_the_total_row() {
        // S6 2020: the natural-person leaves add up to 26 while （七） says 20
        Fixture f = Examples.consistent2019()
                .row("requests.unavailable.not_held", "14 1 0 1 1 0 17")
                .row("requests.new", "36 2 0 1 3 0 42")
                .row("requests.total", "30 2 0 1 3 0 36")
                .row("requests.carried_forward", "8 0 0 0 0 0 8");
        List<Finding> r3 = f.findings("R3");
        assertThat(r3).extracting(Finding::message).containsExactlyInAnyOrder(
                "自然人列：（七）总计 30 ≠ 各项办理结果之和 36",
                "总计列：（七）总计 36 ≠ 各项办理结果之和 42");
        assertThat(r3).allMatch(Finding::isReportError);
        assertThat(f.findings("R1")).isEmpty();
    }

    @Test
    void r3_counts_the_three_2021_other_rows_and_not_a_2019_single_row() {
        Fixture f = Examples.consistent2021()
                .row("requests.other.no_correction", "1 0 0 0 0 0 1")
                .row("requests.other.misc", "0 0 0 0 0 0 0");
        assertThat(f.findings("R3")).isEmpty();
        f.row("requests.other.no_fee", "1 0 0 0 0 0 1");
        assertThat(f.findings("R3")).hasSize(2);
    }

    // ------------------------------------------------------------------------------------------------ R4

    @Test
    void r4_fires_when_a_block_total_is_not_the_sum_of_its_results() {
        Fixture f = Examples.consistent2019().row("appeals.suit_after_review", "1 0 0 1 3");
        Finding x = f.findings("R4").get(0);
        assertThat(x.isReportError()).isTrue();
        assertThat(x.message()).isEqualTo("行政诉讼 / 复议后起诉 · 总计：3 ≠ 结果维持、结果纠正、其他结果、尚未审结之和 2");
        assertThat(x.cells()).containsExactly("appeals.suit_after_review.total", "appeals.suit_after_review.upheld",
                "appeals.suit_after_review.corrected", "appeals.suit_after_review.other", "appeals.suit_after_review.pending");
    }

    @Test
    void r4_holds_for_seed_004s_appeals() {
        // seed 004: 复议后起诉 1 维持, 1 尚未审结, 总计 2
        assertThat(Examples.consistent2019().row("appeals.suit_after_review", "1 0 0 1 2").findings("R4")).isEmpty();
    }

    // ------------------------------------------------------------------------------------------- blanks

    @Test
    void blank_applicant_cells_count_as_0_where_the_sums_then_balance_and_the_report_says_so() {
        // S7: applicant cells of rows without applications left blank
        Fixture f = Examples.consistent2019()
                .row("requests.withheld.third_party", "1 _ _ _ _ _ 1")
                .row("requests.declined.duplicate", "1 _ _ _ _ _ 1");
        Report r = f.checked();
        assertThat(errors(r)).isEmpty();
        Finding blank = f.findings("blank-as-zero").get(0);
        assertThat(blank.kind()).isEqualTo(FindingKind.READING);
        assertThat(blank.severity()).isEqualTo(Severity.WARNING);
        assertThat(blank.cells()).hasSize(10).contains("requests.withheld.third_party.business", "requests.declined.duplicate.other_org");
        assertThat(blank.message()).startsWith("三、收到和处理政府信息公开申请情况：10 个空白单元格");
        // the cells stay blank
        assertThat(r.value("requests.withheld.third_party.business").isBlank()).isTrue();
    }

    @Test
    void a_blank_that_cannot_be_0_is_a_missing_number_not_an_error() {
        // 一 says 36 were received; the 科研机构 cell of （一） is blank but the column needs 1 there
        Fixture f = Examples.consistent2019()
                .row("requests.new", "30 2 1 1 3 0 37")
                .row("requests.granted", "12 1 _ 0 1 0 15")
                .row("requests.total", "30 2 1 1 3 0 37");
        Report r = f.checked();
        assertThat(errors(r)).isEmpty();
        List<Finding> warnings = r.findings().stream().filter(x -> x.rule().startsWith("R")).toList();
        assertThat(warnings).isNotEmpty().allSatisfy(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.kind()).isEqualTo(FindingKind.REPORT);
            assertThat(x.message()).contains("为空白，按 0 计").contains("可能漏填");
        });
        assertThat(warnings).extracting(Finding::rule).contains("R2", "R3");
        // the blank is not claimed to be 0
        assertThat(f.findings("blank-as-zero")).allSatisfy(b -> assertThat(b.cells()).doesNotContain("requests.granted.research"));
        // the warnings already say a number is missing; repair hints are for errors
        assertThat(f.findings("repair-hint")).isEmpty();
    }

    @Test
    void a_blank_does_not_excuse_a_sum_that_is_too_large_already() {
        // 总计 5 but the printed applicants alone add up to 6: no blank can help
        Fixture f = Examples.consistent2019().row("requests.partial", "3 _ 0 0 3 0 5");
        Finding x = f.findings("R2").get(0);
        assertThat(x.isReportError()).isTrue();
        assertThat(x.message()).startsWith("（二）部分公开（区分处理的，只计这一情形，不计其他情形） · 总计：5 ≠ 各类申请人之和 6");
    }

    @Test
    void a_blank_total_is_derived_from_its_row_never_taken_as_0() {
        // S7: 总计 left blank on outcome rows
        Fixture f = Examples.consistent2019().row("requests.granted", "12 1 0 0 1 0 _");
        Report r = f.checked();
        assertThat(errors(r)).isEmpty();
        Finding d = f.findings("derived-total").get(0);
        assertThat(d.kind()).isEqualTo(FindingKind.READING);
        assertThat(d.expected()).isEqualByComparingTo("14");
        assertThat(d.actual()).isNull();
        assertThat(d.cells().get(0)).isEqualTo("requests.granted.total");
        assertThat(d.message()).startsWith("（一）予以公开 · 总计：空白，不按 0 计；按本行各类申请人之和推算为 14");
        assertThat(r.value("requests.granted.total").isBlank()).isTrue();
    }

    @Test
    void a_derived_total_takes_part_in_the_column_sums() {
        // 总计 of （一） blank and 12 + 1 + 1 = 14 derived; （七）总计 says 35: R3 breaks by 1 in the 总计 column
        Fixture f = Examples.consistent2019()
                .row("requests.granted", "12 1 0 0 1 0 _")
                .row("requests.total", "30 2 0 1 3 0 35");
        assertThat(f.findings("R3")).singleElement().satisfies(x -> {
            assertThat(x.isReportError()).isTrue();
            assertThat(x.message()).startsWith("总计列：（七）总计 35 ≠ 各项办理结果之和 36");
        });
    }

    @Test
    void seed_001s_table_blank_but_for_the_total_column_gives_no_error() {
        Fixture f = Fixture.of2019();
        for (var row : org.gongkai.core.template.TemplateCatalogue.standard().require("2019").rows(org.gongkai.core.template.TableId.T3)) {
            f.row(row.id(), "_ _ _ _ _ _ 0");
        }
        f.row("requests.other", "_ _ _ _ _ _ _");
        Report r = f.checked();
        assertThat(errors(r)).isEmpty();
        assertThat(r.findings()).extracting(Finding::rule).containsExactlyInAnyOrder("blank-as-zero", "derived-total");
        assertThat(f.findings("derived-total").get(0).cells()).first().isEqualTo("requests.other.total");
    }

    @Test
    void a_table_printed_entirely_blank_is_one_finding() {
        Fixture f = Fixture.of2021();
        for (var row : org.gongkai.core.template.TemplateCatalogue.standard().require("2021").rows(org.gongkai.core.template.TableId.T4)) {
            f.row(row.id(), "_ _ _ _ _");
        }
        assertThat(f.checked().findings()).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("blank-as-zero");
            assertThat(x.message()).startsWith("四、政府信息公开行政复议、行政诉讼情况：表格印出但全部空白");
        });
    }

    @Test
    void missing_tables_give_no_arithmetic_findings() {
        Report r = Fixture.of2021().tablesMissing().checked();
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void a_row_the_reader_did_not_find_makes_its_sums_uncheckable_not_wrong() {
        Fixture f = Examples.consistent2019().unread("requests.granted");
        assertThat(f.checked().findings()).noneMatch(x -> x.rule().matches("R[1-4]"));
    }

    @Test
    void a_broken_sum_with_values_placed_by_order_is_a_reading_warning() {
        List<String> row = List.of("requests.granted.natural", "requests.granted.business", "requests.granted.research",
                "requests.granted.nonprofit", "requests.granted.legal", "requests.granted.other_org", "requests.granted.total");
        Fixture f = Examples.consistent2019()
                .row("requests.granted", "12 1 0 0 1 0 0")
                .finding(Finding.reading("values-by-order", Severity.WARNING, row, "「予以公开」只印有 6 个数值"));
        Report r = f.checked();
        assertThat(errors(r)).isEmpty();
        assertThat(f.findings("R2")).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(FindingKind.READING);
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void checking_never_changes_a_cell() {
        Report before = Examples.consistent2019().row("requests.granted", "12 1 _ 0 1 0 _").build();
        Report after = RuleEngine.standard().check(before);
        assertThat(after.cells()).isEqualTo(before.cells());
        assertThat(after.extraCells()).isEqualTo(before.extraCells());
    }

    @Test
    void checking_twice_gives_the_same_findings() {
        Report once = Examples.consistent2019().row("requests.granted", "12 1 0 0 1 0 0").checked();
        Report twice = RuleEngine.standard().check(once);
        assertThat(twice.findings()).isEqualTo(once.findings());
    }

    // --------------------------------------------------------------------------------------- repair hints

    @Test
    void a_single_wrong_total_gets_a_hint_naming_the_one_cell_to_change() {
        // （一）总计 printed 4 where the row adds up to 14 and every column sum says 14
        Fixture f = Examples.consistent2019().row("requests.granted", "12 1 0 0 1 0 4");
        Finding hint = f.findings("repair-hint").get(0);
        assertThat(f.findings("repair-hint")).hasSize(1);
        assertThat(hint.severity()).isEqualTo(Severity.INFO);
        assertThat(hint.cells()).containsExactly("requests.granted.total");
        assertThat(hint.expected()).isEqualByComparingTo("14");
        assertThat(hint.actual()).isEqualByComparingTo("4");
        assertThat(hint.message()).startsWith("若将（一）予以公开 · 总计由 4 改为 14，");
        // never applied
        assertThat(f.checked().number("requests.granted.total")).isEqualByComparingTo("4");
    }

    @Test
    void a_number_split_over_two_cells_gets_a_merge_hint() {
        // a PDF split 「20」 into 「2」「0」; the row was read 2 0 0 0 0 0 0 and its 总计 20 was lost
        Fixture f = Fixture.of2019()
                .row("requests.new", "20 0 0 0 0 0 20")
                .row("requests.granted", "2 0 0 0 0 0 0")
                .row("requests.total", "20 0 0 0 0 0 20");
        List<Finding> hints = f.findings("repair-hint");
        assertThat(hints).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(FindingKind.READING);
            assertThat(h.expected()).isEqualByComparingTo(new BigDecimal(20));
            assertThat(h.message()).startsWith("（一）予以公开：「2」「0」可能是被拆成两格的一个数「20」（自然人）");
        });
    }

    @Test
    void totals_left_0_on_several_rows_get_one_hint_naming_them_all() {
        // seed 000: 总计 0 on both （一） and （七）: no single cell repairs it, writing both totals does
        Fixture f = Fixture.of2019()
                .row("requests.new", "4 0 0 0 0 0 4")
                .row("requests.granted", "4 0 0 0 0 0 0")
                .row("requests.total", "4 0 0 0 0 0 0");
        assertThat(f.findings("R2")).hasSize(2);
        assertThat(f.findings("repair-hint")).singleElement().satisfies(h -> {
            assertThat(h.cells()).containsExactlyInAnyOrder("requests.granted.total", "requests.total.total");
            assertThat(h.message()).startsWith("若将（一）予以公开 · 总计、（七）总计 · 总计由 0、0 改为本行之和 4、4");
        });
    }

    @Test
    void totals_of_rows_whose_slips_cancel_out_in_the_column_get_the_row_totals_hint() {
        // 自然人 of （一） one too many, of （四）1 one too few: the columns still balance, two 总计 do not
        Fixture f = Examples.consistent2019()
                .row("requests.granted", "13 1 0 0 1 0 14")
                .row("requests.unavailable.not_held", "7 1 0 1 1 0 11");
        assertThat(f.findings("R3")).isEmpty();
        assertThat(f.findings("repair-hint")).singleElement()
                .satisfies(h -> assertThat(h.message()).contains("由 14、11 改为本行之和 15、10"));
    }

    @Test
    void no_hint_when_no_simple_repair_makes_every_sum_hold() {
        // 自然人 of （一） and 商业企业 of （四）1 each one too many: two independent slips
        Fixture f = Examples.consistent2019()
                .row("requests.granted", "13 1 0 0 1 0 14")
                .row("requests.unavailable.not_held", "8 2 0 1 1 0 11");
        assertThat(f.findings("R2")).hasSize(2);
        assertThat(f.findings("R3")).hasSize(2);
        assertThat(f.findings("repair-hint")).isEmpty();
    }

    @Test
    void tables_missing_status_alone_silences_the_sums() {
        Report r = Examples.consistent2019().row("requests.granted", "12 1 0 0 1 0 0").status(ReportStatus.TABLES_MISSING).checked();
        assertThat(r.findings()).noneMatch(x -> x.rule().matches("R[1-4]|blank-as-zero|derived-total|repair-hint"));
    }
}
