package org.gongkai.extract.read;

import org.gongkai.Gongkai;
import org.gongkai.core.report.Report;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The real published reports in samples/, every cell as printed (read off the rendered pages and the page source). */
class SampleReportsTest {

    static byte[] resource(String name) {
        try (InputStream in = SampleReportsTest.class.getResourceAsStream("/" + name)) {
            if (in == null) throw new IllegalStateException("no test resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void hongze2023PdfWithRuledTablesOverPageBreaks() {
        Report r = Gongkai.read(resource("samples/hongze-2023.pdf"), "hongze-2023.pdf");
        assertThat(r.templateId()).isEqualTo("2021");
        assertThat(r.year()).isEqualTo(2023);
        assertThat(r.agency()).isEqualTo("洪泽区人民政府");
        new Expected()
                .cell("proactive.rules.issued", "0").cell("proactive.rules.repealed", "0").cell("proactive.rules.in_force", "0")
                .cell("proactive.normative.issued", "0").cell("proactive.normative.repealed", "5").cell("proactive.normative.in_force", "5")
                .cell("proactive.licensing.decisions", "550")
                .cell("proactive.penalty.decisions", "4119")
                .cell("proactive.coercion.decisions", "195")
                .cell("proactive.fees.amount", "7730.28")
                .applicants("requests.new", 21, 0, 0, 0, 0, 0, 21)
                .applicants("requests.carried_over", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.granted", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.partial", 4, 0, 0, 0, 0, 0, 4)
                .applicants("requests.withheld.state_secret", 1, 0, 0, 0, 0, 0, 1)
                // printed as 「2.其他法律行政止公开」
                .applicants("requests.withheld.prohibited", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.withheld.security", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.withheld.third_party", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.withheld.internal", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.withheld.process", 1, 0, 0, 0, 0, 0, 1)
                .applicants("requests.withheld.enforcement", 1, 0, 0, 0, 0, 0, 1)
                .applicants("requests.withheld.query", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.unavailable.not_held", 10, 0, 0, 0, 0, 0, 10)
                .applicants("requests.unavailable.needs_creation", 3, 0, 0, 0, 0, 0, 3)
                .applicants("requests.unavailable.unclear", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.declined.complaint", 1, 0, 0, 0, 0, 0, 1)
                .applicants("requests.declined.duplicate", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.declined.publication", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.declined.excessive", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.declined.confirmation", 0, 0, 0, 0, 0, 0, 0)
                // the three 2021 （六） sub-rows are not printed: blank, not 0
                .applicants("requests.total", 21, 0, 0, 0, 0, 0, 21)
                .applicants("requests.carried_forward", 0, 0, 0, 0, 0, 0, 0)
                // as published: 行政复议 总计 0 against 10 + 1
                .appeals(10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0)
                .assertMatches(r);
        // the single （六）其他处理 row goes to the extra cells
        for (String c : Expected.APPLICANTS) {
            assertThat(r.extraCells().get("requests.other." + c).value().number()).isZero();
        }
        assertThat(r.findings()).anyMatch(f -> f.rule().equals("non-template-row"));
        assertThat(r.findings()).anyMatch(f -> f.rule().equals("label-approximate"));
    }

    @Test
    void hongzeProvenanceIsPageAndBox() {
        Report r = Gongkai.read(resource("samples/hongze-2023.pdf"), "hongze-2023.pdf");
        var where = r.cells().get("proactive.penalty.decisions").provenance();
        assertThat(where.page()).isEqualTo(3);
        assertThat(where.box()).isNotNull();
        assertThat(where.text()).isEqualTo("4119");
        var appeal = r.cells().get("appeals.suit_after_review.upheld").provenance();
        assertThat(appeal.page()).isEqualTo(4);
        // the box lies in the right half of an A4 page, in points from the top-left
        assertThat(appeal.box().x()).isBetween(300f, 595f);
        assertThat(appeal.box().y()).isBetween(100f, 842f);
    }

    @Test
    void hongzeSectionsSkipPageNumbers() {
        Report r = Gongkai.read(resource("samples/hongze-2023.pdf"), "hongze-2023.pdf");
        assertThat(r.sections().get("other")).contains("全年收取政府信息公开信息处理费 0 元");
        for (String s : r.sections().values()) assertThat(s).doesNotContain("- 2 -").doesNotContain("-2-").doesNotContain("- 4 -");
    }

    @Test
    void pingtan2022CmsPageWithWordPastedTables() {
        Report r = Gongkai.read(resource("samples/pingtan-2022.html"), "pingtan-2022.html");
        assertThat(r.templateId()).isEqualTo("2021");
        assertThat(r.year()).isEqualTo(2022);
        assertThat(r.agency()).isEqualTo("平潭综合实验区");
        new Expected()
                .cell("proactive.rules.issued", "0").cell("proactive.rules.repealed", "0").cell("proactive.rules.in_force", "0")
                .cell("proactive.normative.issued", "88").cell("proactive.normative.repealed", "55").cell("proactive.normative.in_force", "698")
                .cell("proactive.licensing.decisions", "10690")
                .cell("proactive.penalty.decisions", "2113")
                .cell("proactive.coercion.decisions", "0")
                .cell("proactive.fees.amount", "9116.36")
                .applicants("requests.new", 71, 3, 0, 0, 0, 0, 74)
                .applicants("requests.carried_over", 1, 0, 0, 0, 0, 0, 1)
                .applicants("requests.granted", 21, 0, 0, 0, 0, 0, 21)
                .applicants("requests.partial", 8, 1, 0, 0, 0, 0, 9)
                .applicants("requests.withheld.state_secret", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.withheld.prohibited", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.withheld.security", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.withheld.third_party", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.withheld.internal", 1, 0, 0, 0, 0, 0, 1)
                .applicants("requests.withheld.process", 2, 0, 0, 0, 0, 0, 2)
                .applicants("requests.withheld.enforcement", 1, 0, 0, 0, 0, 0, 1)
                .applicants("requests.withheld.query", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.unavailable.not_held", 37, 0, 0, 0, 0, 0, 37)
                .applicants("requests.unavailable.needs_creation", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.unavailable.unclear", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.declined.complaint", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.declined.duplicate", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.declined.publication", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.declined.excessive", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.declined.confirmation", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.other.no_correction", 2, 0, 0, 0, 0, 0, 2)
                .applicants("requests.other.no_fee", 0, 0, 0, 0, 0, 0, 0)
                .applicants("requests.other.misc", 0, 2, 0, 0, 0, 0, 2)
                .applicants("requests.total", 72, 3, 0, 0, 0, 0, 75)
                .applicants("requests.carried_forward", 0, 0, 0, 0, 0, 0, 0)
                .appeals(0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0)
                .assertMatches(r);
        var where = r.cells().get("requests.new.natural").provenance();
        assertThat(where.table()).isEqualTo(2);
        assertThat(where.row()).isEqualTo(4);
        assertThat(where.column()).isEqualTo(4);
    }

    @Test
    void pingtanNavigationAndScriptsAreNotParagraphs() {
        var layout = Readers.read(resource("samples/pingtan-2022.html"), "pingtan-2022.html");
        assertThat(layout.mediaType()).isEqualTo("text/html");
        assertThat(layout.tables()).hasSize(3);
        assertThat(layout.paragraphs().get(0).text()).isEqualTo("平潭综合实验区2022年度政府信息公开工作年度报告");
        assertThat(layout.text()).doesNotContain("function(").doesNotContain("var ");
        Report r = Gongkai.read(resource("samples/pingtan-2022.html"), "pingtan-2022.html");
        assertThat(r.sections().get("other")).startsWith("2022年，无收取信息处理费情况。");
    }
}
