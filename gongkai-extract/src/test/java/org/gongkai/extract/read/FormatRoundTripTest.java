package org.gongkai.extract.read;

import org.gongkai.Gongkai;
import org.gongkai.core.report.Report;
import org.gongkai.extract.layout.Layout;
import org.gongkai.extract.layout.Table;
import org.gongkai.extract.layout.TableCell;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.extract.read.SampleReportsTest.resource;

/**
 * One report written as HTML with known values (fixtures/make-fixtures.py: labels split over spans,
 * breaks inside labels, merged cells, a blank cell) and turned by LibreOffice into DOCX, DOC and PDF
 * (ruled, with T3 over a page break, and borderless). Every format must give the same cells.
 */
class FormatRoundTripTest {
    private static final List<String> T3_ROWS = List.of("requests.new", "requests.carried_over", "requests.granted",
            "requests.partial", "requests.withheld.state_secret", "requests.withheld.prohibited", "requests.withheld.security",
            "requests.withheld.third_party", "requests.withheld.internal", "requests.withheld.process",
            "requests.withheld.enforcement", "requests.withheld.query", "requests.unavailable.not_held",
            "requests.unavailable.needs_creation", "requests.unavailable.unclear", "requests.declined.complaint",
            "requests.declined.duplicate", "requests.declined.publication", "requests.declined.excessive",
            "requests.declined.confirmation", "requests.other", "requests.total", "requests.carried_forward");

    static Expected fixtureCells() {
        Expected e = new Expected()
                .cell("proactive.rules.made", "1").cell("proactive.rules.published", "2").cell("proactive.rules.total", "3")
                .cell("proactive.normative.made", "4").cell("proactive.normative.published", "5").cell("proactive.normative.total", "6")
                .cell("proactive.licensing.previous", "7").cell("proactive.licensing.change", "-2").cell("proactive.licensing.decisions", "9")
                .cell("proactive.other_services.previous", "10").cell("proactive.other_services.change", "1")
                .cell("proactive.other_services.decisions", "11")
                .cell("proactive.penalty.previous", "12").cell("proactive.penalty.change", "0").cell("proactive.penalty.decisions", "13")
                .cell("proactive.coercion.previous", "14").cell("proactive.coercion.change", "-3").cell("proactive.coercion.decisions", "15")
                .cell("proactive.fees.previous", "16").cell("proactive.fees.change", "0")
                .cell("proactive.procurement.items", "17").cell("proactive.procurement.amount", "18.5")
                .appeals(1, 2, 3, 4, 10, 0, 0, 0, 0, 0, 5, 0, 0, 1, 6);
        for (int i = 0; i < T3_ROWS.size(); i++) e.applicants(T3_ROWS.get(i), i + 1, 1, 0, 0, 0, 0, i + 2);
        return e.cell("requests.carried_over.research", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"report-2019.html", "report-2019.docx", "report-2019.doc", "report-2019.pdf", "report-2019-borderless.pdf"})
    void everyFormatGivesTheSameCells(String file) {
        Report r = Gongkai.read(resource("fixtures/" + file), file);
        assertThat(r.templateId()).isEqualTo("2019");
        assertThat(r.year()).isEqualTo(2020);
        assertThat(r.agency()).isEqualTo("测试县司法局");
        fixtureCells().assertMatches(r);
        assertThat(r.cells().get("proactive.procurement.amount").unit()).isEqualTo("万元");
        assertThat(r.sections().get("problems")).isEqualTo("依申请公开答复的规范性有待提高。");
        assertThat(r.sections().get("other")).isEqualTo("本年度无其他需要报告的事项。");
    }

    @Test
    void htmlKeepsSpansAndBreaksInsideLabels() {
        Layout l = Readers.read(resource("fixtures/report-2019.html"), "report-2019.html");
        Table t3 = l.tables().get(1);
        assertThat(t3.rows().get(0).cells().get(0).colspan()).isEqualTo(3);
        assertThat(t3.rows().get(0).cells().get(0).rowspan()).isEqualTo(3);
        assertThat(t3.rows().get(2).cells().get(0).text()).isEqualTo("商业\n企业");
        // 「一、本年新收…」 pasted as spans of three characters comes back whole
        assertThat(t3.rows().get(3).cells().get(0).text()).isEqualTo("一、本年新收政府信息公开申请数量");
        TableCell vertical = t3.rows().get(5).cells().get(0);
        assertThat(vertical.rowspan()).isEqualTo(20);
        assertThat(vertical.text()).isEqualTo("三\n、\n本\n年\n度\n办\n理\n结\n果");
        // the &nbsp; cell is empty, and grid columns count the rowspans above
        assertThat(t3.rows().get(4).cells().get(3).text()).isEmpty();
        assertThat(t3.rows().get(6).cells().get(1).where().column()).isEqualTo(4);
    }

    @Test
    void docxTurnsVerticalMergesIntoRowspans() {
        Layout l = Readers.read(resource("fixtures/report-2019.docx"), "report-2019.docx");
        assertThat(l.mediaType()).isEqualTo(Format.DOCX.mediaType());
        Table t3 = l.tables().get(1);
        assertThat(t3.rows()).hasSize(26);
        TableCell corner = t3.rows().get(0).cells().get(0);
        assertThat(corner.colspan()).isEqualTo(3);
        assertThat(corner.rowspan()).isEqualTo(3);
        assertThat(t3.rows().get(5).cells().get(0).rowspan()).isEqualTo(20);
        assertThat(t3.rows().get(7).cells().get(0).text()).isEqualTo("（三）不予公开");
        assertThat(t3.rows().get(7).cells().get(0).rowspan()).isEqualTo(8);
        assertThat(t3.rows().get(2).cells().get(0).text()).isEqualTo("商业\n企业");
    }

    @Test
    void docFindsTheTablesLibreOfficeWrites() {
        Layout l = Readers.read(resource("fixtures/report-2019.doc"), "report-2019.doc");
        assertThat(l.mediaType()).isEqualTo(Format.DOC.mediaType());
        assertThat(l.tables()).hasSize(3);
        Table t3 = l.tables().get(1);
        assertThat(t3.rows().get(5).cells().get(0).rowspan()).isEqualTo(20);
        assertThat(t3.rows().get(0).cells().get(1).colspan()).isEqualTo(7);
    }

    @Test
    void pdfJoinsTheTableOverThePageBreakAndRejoinsTheCutLabel() {
        Layout l = Readers.read(resource("fixtures/report-2019.pdf"), "report-2019.pdf");
        assertThat(l.tables()).hasSize(3);
        Table t3 = l.tables().get(1);
        assertThat(t3.rows()).hasSize(26);
        List<Integer> pages = t3.rows().stream().map(r -> r.cells().get(r.cells().size() - 1).where().page()).distinct().toList();
        assertThat(pages).containsExactly(2, 3);
        assertThat(t3.rows().stream().flatMap(r -> r.cells().stream()).map(TableCell::text)).contains("（四）无法提供");
        assertThat(l.text()).doesNotContainPattern("(?m)^\\s*[-—]?\\s*\\d\\s*[-—]?\\s*$");
    }
}
