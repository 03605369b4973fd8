package org.gongkai.core.rules;

import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The soft plausibility checks of domain.md §2.5 (S1–S6): never errors. */
class SoftChecksTest {

    @Test
    void s1_warns_on_a_high_share_of_other_outcomes() {
        // 9 of 44 handled applications under （六）其他处理: more than a fifth
        Fixture f = Examples.consistent2019()
                .row("requests.new", "38 2 0 1 3 0 44")
                .row("requests.other", "9 0 0 0 0 0 9")
                .row("requests.total", "38 2 0 1 3 0 44");
        assertThat(f.findings("S1")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.kind()).isEqualTo(FindingKind.REPORT);
            assertThat(x.message()).startsWith("（六）其他处理 9 件，占（七）总计 44 件的 20%");
        });
        assertThat(f.checked().findings()).noneMatch(x -> x.severity() == Severity.ERROR);
    }

    @Test
    void s1_is_silent_on_a_rare_other_outcome() {
        assertThat(Examples.consistent2019().findings("S1")).isEmpty();
        // 7 of 42 is under a fifth
        Fixture f = Examples.consistent2019()
                .row("requests.new", "36 2 0 1 3 0 42")
                .row("requests.other", "7 0 0 0 0 0 7")
                .row("requests.total", "36 2 0 1 3 0 42");
        assertThat(f.findings("S1")).isEmpty();
    }

    @Test
    void s1_adds_up_the_three_2021_rows() {
        Fixture f = Examples.consistent2021()
                .row("requests.new", "38 2 0 1 3 0 44")
                .row("requests.other.no_correction", "3 0 0 0 0 0 3")
                .row("requests.other.no_fee", "3 0 0 0 0 0 3")
                .row("requests.other.misc", "3 0 0 0 0 0 3")
                .row("requests.total", "38 2 0 1 3 0 44");
        assertThat(f.findings("S1")).singleElement().satisfies(x -> assertThat(x.actual()).isEqualByComparingTo("9"));
    }

    @Test
    void s2_warns_when_fee_notices_went_unpaid_but_section_six_says_no_fee() {
        Fixture f = Examples.consistent2021()
                .row("requests.other.no_fee", "1 0 0 0 0 0 1")
                .row("requests.other.misc", "0 0 0 0 0 0 0")
                .section("other", "本年度政府信息公开事项未收取任何费用。");
        assertThat(f.findings("S2")).singleElement().satisfies(x -> {
            assertThat(x.cells()).containsExactly("requests.other.no_fee.total");
            assertThat(x.message()).contains("未收取任何费用");
        });
        // no unpaid fee notice: nothing to contradict
        assertThat(Examples.consistent2021().section("other", "本年度政府信息公开事项未收取任何费用。").findings("S2")).isEmpty();
    }

    @Test
    void s3_warns_on_a_fee_collected_without_any_application_handled() {
        Fixture f = Fixture.of2021().section("other", "2021年，收取信息处理费共计400元。");
        assertThat(f.findings("S3")).singleElement().satisfies(x -> assertThat(x.message()).contains("收取信息处理费共计400元"));
        assertThat(Examples.consistent2021().section("other", "2021年，收取信息处理费共计400元。").findings("S3")).isEmpty();
    }

    @Test
    void s4_notes_a_narrative_count_that_differs_from_the_table() {
        // seed 002 says 「2021年收到依申请公开50件」
        Fixture f = Examples.consistent2021().section("overview", "（二）依申请公开情况。2021年收到依申请公开50件，其中当面申请1件。");
        assertThat(f.findings("S4")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.INFO);
            assertThat(x.expected()).isEqualByComparingTo("50");
            assertThat(x.actual()).isEqualByComparingTo("36");
        });
        Fixture same = Examples.consistent2021().section("overview", "2021年收到依申请公开36件。");
        assertThat(same.findings("S4")).isEmpty();
    }

    @Test
    void s5_notes_a_2021_overview_over_a_thousand_characters() {
        String long_ = "认真贯彻落实条例要求，".repeat(110);
        assertThat(Examples.consistent2021().section("overview", long_).findings("S5")).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
        // the 2019 format sets no length
        assertThat(Examples.consistent2019().section("overview", long_).findings("S5")).isEmpty();
        assertThat(Examples.consistent2021().section("overview", "认真贯彻落实条例要求。").findings("S5")).isEmpty();
    }

    @Test
    void s6_warns_on_a_2021_section_six_without_a_word_on_fees() {
        assertThat(Examples.consistent2021().section("other", "无。").findings("S6")).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
        // S6 2021: 「2021年，无收取信息处理费情况」
        assertThat(Examples.consistent2021().section("other", "2021年，无收取信息处理费情况。").findings("S6")).isEmpty();
        assertThat(Examples.consistent2019().section("other", "无。").findings("S6")).isEmpty();
    }

    @Test
    void soft_checks_never_give_errors() {
        Fixture f = Fixture.of2021().section("other", "收取信息处理费共计400元。").section("overview", "收到申请9件。".repeat(200));
        assertThat(f.checked().findings()).filteredOn(x -> x.rule().startsWith("S")).isNotEmpty()
                .noneMatch(x -> x.severity() == Severity.ERROR);
    }
}
