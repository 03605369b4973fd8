package org.gongkai.extract;

import com.hankcs.hanlp.HanLP;
import org.gongkai.Gongkai;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.ReportStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.extract.ExpectedCells.assertCells;
import static org.gongkai.extract.ExpectedCells.zeroRequestsAndAppeals;

/** The plain-text layouts pasted reports arrive in, beyond the seeds. */
class TextLayoutsTest {

    private static String resource(String path) throws IOException {
        try (InputStream in = TextLayoutsTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * 洪泽区 2023 as {@code pdftotext -layout} prints it: space-aligned columns, page breaks and page
     * numbers inside tables, labels wrapped over lines, one row label printed with characters missing, and a
     * single （六）其他处理 row where the 2021 template has three. Values read from the PDF pages.
     */
    @Test
    void pdftotext_layout_of_a_real_pdf() throws IOException {
        Report r = Gongkai.parse(resource("/layouts/hongze-2023.pdftotext-layout.txt"), "hongze-2023.txt");
        assertThat(r.templateId()).isEqualTo("2021");
        assertThat(r.year()).isEqualTo(2023);
        assertThat(r.agency()).isEqualTo("洪泽区人民政府");
        assertCells(r, """
                proactive.rules: 0 0 0
                proactive.normative: 0 5 5
                proactive.licensing: 550
                proactive.penalty: 4119
                proactive.coercion: 195
                proactive.fees: 7730.28
                requests.new: 21 0 0 0 0 0 21
                requests.carried_over: 0 0 0 0 0 0 0
                requests.granted: 0 0 0 0 0 0 0
                requests.partial: 4 0 0 0 0 0 4
                requests.withheld.state_secret: 1 0 0 0 0 0 1
                requests.withheld.prohibited: 0 0 0 0 0 0 0
                requests.withheld.security: 0 0 0 0 0 0 0
                requests.withheld.third_party: 0 0 0 0 0 0 0
                requests.withheld.internal: 0 0 0 0 0 0 0
                requests.withheld.process: 1 0 0 0 0 0 1
                requests.withheld.enforcement: 1 0 0 0 0 0 1
                requests.withheld.query: 0 0 0 0 0 0 0
                requests.unavailable.not_held: 10 0 0 0 0 0 10
                requests.unavailable.needs_creation: 3 0 0 0 0 0 3
                requests.unavailable.unclear: 0 0 0 0 0 0 0
                requests.declined.complaint: 1 0 0 0 0 0 1
                requests.declined.duplicate: 0 0 0 0 0 0 0
                requests.declined.publication: 0 0 0 0 0 0 0
                requests.declined.excessive: 0 0 0 0 0 0 0
                requests.declined.confirmation: 0 0 0 0 0 0 0
                requests.other.no_correction: _ _ _ _ _ _ _
                requests.other.no_fee: _ _ _ _ _ _ _
                requests.other.misc: _ _ _ _ _ _ _
                requests.total: 21 0 0 0 0 0 21
                requests.carried_forward: 0 0 0 0 0 0 0
                appeals.review: 10 1 0 0 0
                appeals.suit_direct: 0 0 0 0 0
                appeals.suit_after_review: 5 0 0 0 0
                """);
        assertThat(r.extraCells()).containsKeys("requests.other.natural", "requests.other.total");
        assertThat(r.extraCells().get("requests.other.total").value().number()).isEqualByComparingTo("0");
        assertThat(r.findings()).anySatisfy(f -> assertThat(f.rule()).isEqualTo("non-template-row"));
        assertThat(r.findings()).anySatisfy(f -> assertThat(f.rule()).isEqualTo("label-approximate"));
        assertThat(r.cells().get("appeals.review.upheld").provenance().page()).isEqualTo(4);
        assertThat(r.sections().get("problems")).startsWith("2023 年，洪泽区政府信息公开工作取得一定的成效");
        assertThat(r.sections().get("problems")).doesNotContain("-4-");
    }

    /**
     * In space-aligned text a blank cell leaves no trace but a wider gap: the values that are printed are
     * aligned to the columns of the complete rows of the same table, and the missing one stays blank.
     */
    @Test
    void pdftotext_layout_with_a_blank_cell() throws IOException {
        String text = resource("/layouts/hongze-2023.pdftotext-layout.txt");
        String row = text.lines().filter(l -> l.contains("6.属于四类过程性信息")).findFirst().orElseThrow();
        // blank the 科研机构 value (the third number after the label's own 6.) by overwriting it with a space
        int at = nthNumber(row, 4);
        String blanked = row.substring(0, at) + " " + row.substring(at + 1);
        Report r = Gongkai.parse(text.replace(row, blanked), "hongze-blanked.txt");
        assertThat(r.cells().get("requests.withheld.process.natural").value().number()).isEqualByComparingTo("1");
        assertThat(r.cells().get("requests.withheld.process.business").value().number()).isEqualByComparingTo("0");
        assertThat(r.cells().get("requests.withheld.process.research").value().isBlank()).isTrue();
        assertThat(r.cells().get("requests.withheld.process.nonprofit").value().number()).isEqualByComparingTo("0");
        assertThat(r.cells().get("requests.withheld.process.total").value().number()).isEqualByComparingTo("1");
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("values-aligned");
            assertThat(f.cells()).contains("requests.withheld.process.research");
        });
    }

    private static int nthNumber(String line, int n) {
        var m = java.util.regex.Pattern.compile("(?<=\\s)\\d+").matcher(line);
        for (int i = 0; i < n; i++) if (!m.find()) throw new AssertionError("no number " + n + " in " + line);
        return m.start();
    }

    /**
     * 平潭 2021 as a crawler extracted it from the web page: every table flattened into the running text,
     * the values of a row run together with no separator. A run is cut into values only where exactly one
     * cut satisfies the template's arithmetic; 「行政规范性文件693665」 can be cut ten ways and stays blank.
     */
    @Test
    void flattened_page_text_with_values_run_together() throws IOException {
        Report r = Gongkai.parse(resource("/layouts/pingtan-2021.flattened.txt"), "pingtan-2021.txt");
        assertThat(r.templateId()).isEqualTo("2021");
        assertThat(r.year()).isEqualTo(2021);
        assertThat(r.agency()).isEqualTo("平潭综合实验区");
        assertCells(r, """
                proactive.rules: 0 0 0
                proactive.normative: _ _ _
                proactive.licensing: 2293
                proactive.penalty: 1282
                proactive.coercion: 42
                proactive.fees: 24252.311082
                requests.new: 64 0 0 2 0 4 70
                requests.carried_over: 0 0 0 0 0 0 0
                requests.granted: 27 0 0 2 0 1 30
                requests.partial: 5 0 0 0 0 0 5
                requests.withheld.state_secret: 0 0 0 0 0 0 0
                requests.withheld.prohibited: 0 0 0 0 0 0 0
                requests.withheld.security: 0 0 0 0 0 0 0
                requests.withheld.third_party: 0 0 0 0 0 0 0
                requests.withheld.internal: 1 0 0 0 0 0 1
                requests.withheld.process: 0 0 0 0 0 0 0
                requests.withheld.enforcement: 6 0 0 0 0 0 6
                requests.withheld.query: 1 0 0 0 0 0 1
                requests.unavailable.not_held: 22 0 0 0 0 3 25
                requests.unavailable.needs_creation: 0 0 0 0 0 0 0
                requests.unavailable.unclear: 0 0 0 0 0 0 0
                requests.declined.complaint: 0 0 0 0 0 0 0
                requests.declined.duplicate: 0 0 0 0 0 0 0
                requests.declined.publication: 0 0 0 0 0 0 0
                requests.declined.excessive: 0 0 0 0 0 0 0
                requests.declined.confirmation: 0 0 0 0 0 0 0
                requests.other.no_correction: 0 0 0 0 0 0 0
                requests.other.no_fee: 0 0 0 0 0 0 0
                requests.other.misc: 1 0 0 0 0 0 1
                requests.total: 63 0 0 2 0 4 69
                requests.carried_forward: 1 0 0 0 0 0 1
                appeals.review: 1 0 2 0 3
                appeals.suit_direct: 12 0 0 0 12
                appeals.suit_after_review: 0 0 0 0 0
                """);
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("values-run-together");
            assertThat(f.cells()).contains("proactive.normative.in_force");
            assertThat(f.message()).contains("693665");
        });
        // 2+20 and 22+0 both balance the row 「本机关不掌握…220000325」; only 22 balances the 自然人 column
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("values-split");
            assertThat(f.message()).contains("220000325").contains("按行和列的勾稽关系");
        });
        assertThat(r.sections().get("other")).startsWith("2021年，无收取信息处理费情况。");
    }

    /** A report pasted as markdown, with pipe tables and half-width punctuation in the labels. */
    private static final String MARKDOWN = """
                # 某县交通运输局2022年政府信息公开工作年度报告

                一、总体情况

                2022年，本局认真贯彻落实《条例》。

                二、主动公开政府信息情况

                | 第二十条第(一)项 | | | |
                |---|---|---|---|
                | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
                | 规章 | 0 | 0 | 0 |
                | 行政规范性文件 | 3 | 1 | 12 |
                | 第二十条第(五)项 | | | |
                | 信息内容 | 本年处理决定数量 | | |
                | 行政许可 | 1,204 | | |
                | 第二十条第(六)项 | | | |
                | 信息内容 | 本年处理决定数量 | | |
                | 行政处罚 | 87 | | |
                | 行政强制 | 0 | | |
                | 第二十条第(八)项 | | | |
                | 信息内容 | 本年收费金额(单位:万元) | | |
                | 行政事业性收费 | 0.35 | | |

                三、收到和处理政府信息公开申请情况

                | (本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和) | | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
                |---|---|---|---|---|---|---|---|---|---|
                | 一、本年新收政府信息公开申请数量 | | | 5 | 1 | 0 | 0 | 0 | 0 | 6 |
                | 二、上年结转政府信息公开申请数量 | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
                | 三、本年度办理结果 | (一)予以公开 | | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
                | | (二)部分公开(区分处理的，只计这一情形，不计其他情形) | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
                | | (三)不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                | | | 2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                | | | 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                | | | 4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                | | | 5.属于三类内部事务信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                | | | 6.属于四类过程性信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                | | | 7.属于行政执法案卷 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                | | | 8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                | | (四)无法提供 | 1.本机关不掌握相关政府信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
                | | | 2.没有现成信息需要另行制作 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                | | | 3.补正后申请内容仍不明确 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                | | (五)不予处理 | 1.信访举报投诉类申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                | | | 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                | | | 3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                | | | 4.无正当理由大量反复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                | | | 5.要求行政机关确认或重新出具已获取信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                | | (六)其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                | | | 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
                | | | 3.其他 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
                | | (七)总计 | | 6 | 1 | 0 | 0 | 0 | 0 | 7 |
                | 四、结转下年度继续办理 | | | 0 | 0 | 0 | 0 | 0 | 0 | 0 |

                四、政府信息公开行政复议、行政诉讼情况

                | 行政复议 | | | | | 行政诉讼 | | | | | | | | | |
                |---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
                | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |
                | | | | | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
                | 1 | 0 | 0 | 1 | 2 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |

                五、存在的主要问题及改进情况

                信息公开的及时性有待提高。

                六、其他需要报告的事项

                本年度未收取信息处理费。
                """;

    @Test
    void markdown_pipe_tables() {
        Report r = Gongkai.parse(MARKDOWN, "pasted.md");
        assertThat(r.templateId()).isEqualTo("2021");
        assertThat(r.year()).isEqualTo(2022);
        assertThat(r.agency()).isEqualTo("某县交通运输局");
        assertThat(r.status()).isEqualTo(ReportStatus.PARSED);
        assertCells(r, """
                proactive.rules: 0 0 0
                proactive.normative: 3 1 12
                proactive.licensing: 1,204
                proactive.penalty: 87
                proactive.coercion: 0
                proactive.fees: 0.35
                requests.new: 5 1 0 0 0 0 6
                requests.carried_over: 1 0 0 0 0 0 1
                requests.granted: 3 1 0 0 0 0 4
                requests.partial: 1 0 0 0 0 0 1
                requests.withheld.state_secret: 0 0 0 0 0 0 0
                requests.withheld.prohibited: 0 0 0 0 0 0 0
                requests.withheld.security: 0 0 0 0 0 0 0
                requests.withheld.third_party: 0 0 0 0 0 0 0
                requests.withheld.internal: 0 0 0 0 0 0 0
                requests.withheld.process: 0 0 0 0 0 0 0
                requests.withheld.enforcement: 0 0 0 0 0 0 0
                requests.withheld.query: 0 0 0 0 0 0 0
                requests.unavailable.not_held: 1 0 0 0 0 0 1
                requests.unavailable.needs_creation: 0 0 0 0 0 0 0
                requests.unavailable.unclear: 0 0 0 0 0 0 0
                requests.declined.complaint: 0 0 0 0 0 0 0
                requests.declined.duplicate: 0 0 0 0 0 0 0
                requests.declined.publication: 0 0 0 0 0 0 0
                requests.declined.excessive: 0 0 0 0 0 0 0
                requests.declined.confirmation: 0 0 0 0 0 0 0
                requests.other.no_correction: 0 0 0 0 0 0 0
                requests.other.no_fee: 0 0 0 0 0 0 0
                requests.other.misc: 1 0 0 0 0 0 1
                requests.total: 6 1 0 0 0 0 7
                requests.carried_forward: 0 0 0 0 0 0 0
                appeals.review: 1 0 0 1 2
                appeals.suit_direct: 0 0 0 0 0
                appeals.suit_after_review: 0 0 0 0 0
                """);
        assertThat(r.sections().get("other")).isEqualTo("本年度未收取信息处理费。");
    }

    /** A subtotal row under a group label is not a template row: kept apart, the leaves unaffected. */
    @Test
    void subtotal_rows_are_kept_as_extra_cells() {
        String md = MARKDOWN.replace("| | (三)不予公开 | 1.属于国家秘密 |",
                "| | (三)不予公开 | | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n| | | 1.属于国家秘密 |")
                .replace("| | (四)无法提供 | 1.本机关不掌握相关政府信息 |",
                        "| | (四)无法提供 | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n| | | 1.本机关不掌握相关政府信息 |");
        Report r = Gongkai.parse(md, "subtotals.md");
        assertThat(r.extraCells().get("requests.withheld.natural").value().number()).isEqualByComparingTo("0");
        assertThat(r.extraCells().get("requests.unavailable.natural").value().number()).isEqualByComparingTo("1");
        assertThat(r.extraCells().get("requests.unavailable.total").value().number()).isEqualByComparingTo("1");
        assertThat(r.cells().get("requests.unavailable.not_held.natural").value().number()).isEqualByComparingTo("1");
        assertThat(r.cells().get("requests.withheld.state_secret.total").value().number()).isEqualByComparingTo("0");
        assertThat(r.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("non-template-row");
            assertThat(f.message()).contains("（四）无法提供");
        });
        assertThat(r.findings()).noneSatisfy(f -> assertThat(f.rule()).isEqualTo("R3s"));

        // a subtotal that is not the sum of its leaves is the report's own error, told as a warning
        Report wrong = Gongkai.parse(md.replace("| | (四)无法提供 | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |",
                "| | (四)无法提供 | | 2 | 0 | 0 | 0 | 0 | 0 | 2 |"), "subtotals-wrong.md");
        assertThat(wrong.findings()).filteredOn(f -> f.rule().equals("R3s")).hasSize(2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(org.gongkai.core.report.Severity.WARNING);
            assertThat(f.message()).contains("（四）无法提供").contains("2 ≠ 其下各项之和 1");
        });
    }

    /** A GBK-encoded file with Windows line endings reads as its UTF-8 original does. */
    @Test
    void gbk_with_crlf() throws IOException {
        String text = resource("/seeds/004_2e5524cc18545b14.txt").replace("\n", "\r\n");
        Report utf8 = SeedReportsTest.seed("004_2e5524cc18545b14.txt");
        Report gbk = Gongkai.read(text.getBytes(Charset.forName("GBK")), "yanchi-gbk.txt");
        assertThat(gbk.agency()).isEqualTo("吴忠市生态环境局盐池分局");
        utf8.cells().forEach((id, c) -> assertThat(gbk.cells().get(id).value()).as(id).isEqualTo(c.value()));
    }

    /** One cell per line with the blank lines between rows lost in copying: rows are found by their labels. */
    @Test
    void one_cell_per_line_without_row_breaks() throws IOException {
        String text = resource("/seeds/003_f9624be8a21e35fd.txt").replaceAll("\n[ \u00a0]*\n", "\n");
        Report r = Gongkai.parse(text, "jingjiang-squeezed.txt");
        assertCells(r, """
                proactive.rules: 0 2 10
                proactive.normative: 18 2 10
                proactive.licensing: 12 1（增） 0
                proactive.other_services: 0 0 0
                proactive.penalty: 80 34（减） 0
                proactive.coercion: 0 0 0
                proactive.fees: 0 0
                proactive.procurement: 0 0
                """ + zeroRequestsAndAppeals("2019"));
    }

    /** A site-wide converter's traditional characters with pinyin glosses read like the simplified original. */
    @Test
    void traditional_characters_with_pinyin_glosses() throws IOException {
        String simplified = resource("/seeds/001_070690aef0575d3b.txt");
        String traditional = HanLP.convertToTraditionalChinese(simplified)
                .replace("態", "態(tài)").replace("報告", "報(bào)告").replace("環", "環(huán)");
        Report r = Gongkai.parse(traditional, "district-traditional.txt");
        Report original = SeedReportsTest.seed("001_070690aef0575d3b.txt");
        assertThat(r.templateId()).isEqualTo("2019");
        assertThat(r.agency()).isEqualTo("区生态环境分局");
        original.cells().forEach((id, c) -> assertThat(r.cells().get(id).value()).as(id).isEqualTo(c.value()));
        assertThat(r.sections().get("overview")).doesNotContain("(huán)");
    }
}
