package org.gongkai.render;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.gongkai.core.report.Cell;
import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Report;
import org.gongkai.render.synth.ReportGenerator;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The official layout of domain.md §1 and §6, checked in the files themselves. */
class OfficialLayoutTest {
    private static final Report R2019 = new ReportGenerator(7).next("2019");
    private static final Report R2021 = new ReportGenerator(7).next("2021");

    @Test
    void headingsOneToSixInOrder() {
        String html = ReportRenderer.strict().html(R2021);
        List<String> headings = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        int at = -1;
        for (String h : headings) {
            int i = html.indexOf("<h2>" + h + "</h2>");
            assertThat(i).as(h).isGreaterThan(at);
            at = i;
        }
    }

    @Test
    void t3HasTheCornerNoteAndTheOutcomeRowspan() {
        String h19 = ReportRenderer.strict().html(R2019);
        String h21 = ReportRenderer.strict().html(R2021);
        String corner = "<td colspan=\"3\" rowspan=\"3\" class=\"note\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>";
        assertThat(h19).contains(corner);
        assertThat(h21).contains(corner);
        assertThat(h19).contains("<td rowspan=\"20\" class=\"label\">三、本年度办理结果</td>");
        assertThat(h21).contains("<td rowspan=\"22\" class=\"label\">三、本年度办理结果</td>");
        assertThat(h19).contains("<td colspan=\"7\">申请人情况</td>", "<td rowspan=\"2\">自然人</td>",
                "<td colspan=\"5\">法人或其他组织</td>", "<td rowspan=\"2\">总计</td>");
        assertThat(h19).contains("<td rowspan=\"8\" class=\"label\">（三）不予公开</td>",
                "<td rowspan=\"3\" class=\"label\">（四）无法提供</td>", "<td rowspan=\"5\" class=\"label\">（五）不予处理</td>",
                "<td colspan=\"2\" class=\"label\">（六）其他处理</td>");
        assertThat(h21).contains("<td rowspan=\"3\" class=\"label\">（六）其他处理</td>",
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                "3.危及“三安全一稳定”", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
    }

    @Test
    void t2IsOneFourColumnTableWithCaptionRows() {
        String h19 = ReportRenderer.strict().html(R2019);
        assertThat(h19).contains("<td colspan=\"4\" class=\"caption\">第二十条第（一）项</td>",
                "<td colspan=\"4\" class=\"caption\">第二十条第（九）项</td>",
                "<td>信息内容</td><td>本年新制作数量</td><td>本年新公开数量</td><td>对外公开总数量</td>",
                "<td>信息内容</td><td>上一年项目数量</td><td colspan=\"2\">本年增/减</td>",
                "<td>信息内容</td><td>采购项目数量</td><td colspan=\"2\">采购总金额</td>");
        String h21 = ReportRenderer.strict().html(R2021);
        assertThat(h21).contains("<td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td>",
                "<td>信息内容</td><td colspan=\"3\">本年处理决定数量</td>",
                "<td>信息内容</td><td colspan=\"3\">本年收费金额（单位：万元）</td>",
                "<td class=\"label\">行政规范性文件</td>");
        assertThat(h21).doesNotContain("第二十条第（九）项");
    }

    @Test
    void t4HasThreeHeaderRows() {
        String h = ReportRenderer.strict().html(R2021);
        assertThat(h).contains("<tr><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>",
                "<td rowspan=\"2\">结果维持</td><td rowspan=\"2\">结果纠正</td><td rowspan=\"2\">其他结果</td>"
                        + "<td rowspan=\"2\">尚未审结</td><td rowspan=\"2\">总计</td><td colspan=\"5\">未经复议直接起诉</td>"
                        + "<td colspan=\"5\">复议后起诉</td>");
    }

    @Test
    void wordTablesHaveRealMergedCells() throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(ReportRenderer.strict().docx(R2021)))) {
            assertThat(d.getTables()).hasSize(3);
            XWPFTable t3 = d.getTables().get(1);
            assertThat(t3.getRows()).hasSize(3 + 25);
            XWPFTableCell corner = t3.getRow(0).getCell(0);
            assertThat(corner.getText()).startsWith("（本列数据的勾稽关系为");
            assertThat(pr(corner).getGridSpan().getVal().intValue()).isEqualTo(3);
            assertThat(pr(corner).getVMerge().getVal()).isEqualTo(STMerge.RESTART);
            // the corner covers rows 2 and 3: a continuing vMerge cell three columns wide
            XWPFTableCell below = t3.getRow(1).getCell(0);
            assertThat(pr(below).getVMerge().isSetVal()).isFalse();
            assertThat(pr(below).getGridSpan().getVal().intValue()).isEqualTo(3);
            // 三、本年度办理结果 starts on the third data row and runs down 22 rows
            int restarts = 0, continues = 0;
            for (int r = 5; r < 5 + 22; r++) {
                CTTcPr p = pr(t3.getRow(r).getCell(0));
                if (p.isSetVMerge() && p.getVMerge().isSetVal()) restarts++;
                else if (p.isSetVMerge()) continues++;
            }
            assertThat(t3.getRow(5).getCell(0).getText()).isEqualTo("三、本年度办理结果");
            assertThat(restarts).isEqualTo(1);
            assertThat(continues).isEqualTo(21);
            XWPFTable t4 = d.getTables().get(2);
            assertThat(t4.getRows()).hasSize(4);
            assertThat(pr(t4.getRow(0).getCell(1)).getGridSpan().getVal().intValue()).isEqualTo(10);
            assertThat(t4.getRow(3).getTableCells()).hasSize(15);
        }
    }

    @Test
    void pdfEmbedsTheBundledCjkFont() throws Exception {
        byte[] pdf = ReportRenderer.strict().pdf(R2019);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(d);
            assertThat(text).contains("三、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请数量", "对外公开总数量");
            List<String> fonts = new ArrayList<>();
            for (var name : d.getPage(0).getResources().getFontNames()) {
                PDFont f = d.getPage(0).getResources().getFont(name);
                fonts.add(f.getName());
                assertThat(f.isEmbedded()).isTrue();
            }
            assertThat(fonts).anyMatch(n -> n.contains("WenQuanYi"));
        }
    }

    @Test
    void blanksPrintBlankAndNothingIsInvented() {
        Report r = Skeleton.report("2021", 2025, "某某县教育局");
        String html = ReportRenderer.strict().html(r);
        assertThat(html).contains("<td colspan=\"3\"></td>");
        assertThat(html).doesNotContain("<td>0</td>");
    }

    @Test
    void refusesAReportThatBreaksTheArithmeticNamingTheRules() {
        Report.Builder b = R2021.toBuilder();
        b.cell(new Cell("requests.new.natural", CellValue.of(R2021.number("requests.new.natural").add(BigDecimal.ONE)), null, null, null));
        b.cell(new Cell("appeals.review.total", CellValue.of(R2021.number("appeals.review.total").add(BigDecimal.TEN)), null, null, null));
        Report broken = b.build();
        assertThatThrownBy(() -> ReportRenderer.strict().html(broken))
                .isInstanceOfSatisfying(BrokenReportException.class, e -> assertThat(e.rules()).containsExactly("R1", "R2", "R4"))
                .hasMessageContaining("R1、R2、R4");
        assertThat(ReportRenderer.allowingErrors().html(broken)).contains("三、本年度办理结果");
    }

    @Test
    void generatedReportsKeepR1ToR4() {
        for (long seed = 0; seed < 300; seed++) {
            for (String t : List.of("2019", "2021")) {
                Report r = new ReportGenerator(seed).next(t);
                assertThat(ArithmeticCheck.check(r)).as("seed %d template %s", seed, t).isEmpty();
                assertThat(r.cells().values()).allMatch(c -> c.value().isNumber());
            }
        }
    }

    @Test
    void skeletonHasEveryCellOfTheTemplateAsNull() {
        assertThat(Skeleton.json("2021")).contains("\"template\": \"2021\"", "\"requests.other.no_fee.total\": null",
                "\"proactive.fees.amount\": null");
        assertThat(Skeleton.report("2019", 2020, null).cells()).hasSize(198).allSatisfy((id, c) -> assertThat(c.isBlank()).isTrue());
        assertThat(Skeleton.report("2021", 2025, null).cells()).hasSize(200);
    }

    private static CTTcPr pr(XWPFTableCell c) { return c.getCTTc().getTcPr(); }
}
