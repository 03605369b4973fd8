package org.gongkai.extract;

import org.gongkai.Gongkai;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.ReportStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.extract.ExpectedCells.assertCells;
import static org.gongkai.extract.ExpectedCells.zeroRequestsAndAppeals;

/** The five real plain-text reports, every cell as printed. */
class SeedReportsTest {

    static Report seed(String name) throws IOException {
        try (InputStream in = SeedReportsTest.class.getResourceAsStream("/seeds/" + name)) {
            return Gongkai.read(in.readAllBytes(), "seeds/" + name);
        }
    }

    /** 江阴生态环境局 2020: one cell per line; 总计 column left 0 on outcome rows. */
    @Test
    void seed_000_jiangyin() throws IOException {
        Report r = seed("000_7d510606562a86a9.txt");
        assertThat(r.templateId()).isEqualTo("2019");
        assertThat(r.year()).isEqualTo(2020);
        assertThat(r.agency()).isEqualTo("江阴生态环境局");
        assertThat(r.status()).isEqualTo(ReportStatus.PARSED);
        assertCells(r, """
                proactive.rules: 0 0 0
                proactive.normative: 0 0 0
                proactive.licensing: 810 减60 750
                proactive.other_services: 0 0 0
                proactive.penalty: 0 0 0
                proactive.coercion: 0 0 0
                proactive.fees: 0 0
                proactive.procurement: 15 14.35
                requests.new: 4 0 0 0 0 0 4
                requests.carried_over: 0 0 0 0 0 0 0
                requests.granted: 4 0 0 0 0 0 0
                requests.partial: 0 0 0 0 0 0 0
                requests.withheld.state_secret: 0 0 0 0 0 0 0
                requests.withheld.prohibited: 0 0 0 0 0 0 0
                requests.withheld.security: 0 0 0 0 0 0 0
                requests.withheld.third_party: 0 0 0 0 0 0 0
                requests.withheld.internal: 0 0 0 0 0 0 0
                requests.withheld.process: 0 0 0 0 0 0 0
                requests.withheld.enforcement: 0 0 0 0 0 0 0
                requests.withheld.query: 0 0 0 0 0 0 0
                requests.unavailable.not_held: 0 0 0 0 0 0 0
                requests.unavailable.needs_creation: 0 0 0 0 0 0 0
                requests.unavailable.unclear: 0 0 0 0 0 0 0
                requests.declined.complaint: 0 0 0 0 0 0 0
                requests.declined.duplicate: 0 0 0 0 0 0 0
                requests.declined.publication: 0 0 0 0 0 0 0
                requests.declined.excessive: 0 0 0 0 0 0 0
                requests.declined.confirmation: 0 0 0 0 0 0 0
                requests.other: 0 0 0 0 0 0 0
                requests.total: 4 0 0 0 0 0 0
                requests.carried_forward: 0 0 0 0 0 0 0
                appeals.review: 0 0 0 0 0
                appeals.suit_direct: 0 0 0 0 0
                appeals.suit_after_review: 0 0 0 0 0
                """);
        assertThat(r.cells().get("proactive.procurement.amount").unit()).isNull();
        assertThat(r.cells().get("requests.new.natural").provenance().line()).isEqualTo(107);
        assertThat(r.sections().get("overview")).startsWith("2020年，江阴生态环境局认真贯彻落实").contains("133个转赞评");
        // the body of 五 re-uses 一、二、 for its own list: it stays in 五
        assertThat(r.sections().get("problems")).contains("一、继续加大主动公开力度").contains("二、及时准确回应社会关注");
        assertThat(r.sections().get("other")).isEqualTo("无。");
    }

    /** 区生态环境分局 2020: labels broken over two lines; T3 blank except the 总计 column. */
    @Test
    void seed_001_district() throws IOException {
        Report r = seed("001_070690aef0575d3b.txt");
        assertThat(r.templateId()).isEqualTo("2019");
        assertThat(r.year()).isEqualTo(2020);
        assertThat(r.agency()).isEqualTo("区生态环境分局");
        StringBuilder t3 = new StringBuilder();
        for (String row : new String[]{"requests.new", "requests.carried_over", "requests.granted", "requests.partial",
                "requests.withheld.state_secret", "requests.withheld.prohibited", "requests.withheld.security",
                "requests.withheld.third_party", "requests.withheld.internal", "requests.withheld.process",
                "requests.withheld.enforcement", "requests.withheld.query", "requests.unavailable.not_held",
                "requests.unavailable.needs_creation", "requests.unavailable.unclear", "requests.declined.complaint",
                "requests.declined.duplicate", "requests.declined.publication", "requests.declined.excessive",
                "requests.declined.confirmation"}) {
            t3.append(row).append(": _ _ _ _ _ _ 0\n");
        }
        assertCells(r, """
                proactive.rules: 0 0 0
                proactive.normative: 0 0 0
                proactive.licensing: 28 增12 40
                proactive.other_services: 0 0 0
                proactive.penalty: 4 增6 10
                proactive.coercion: 0 0 0
                proactive.fees: 0 0
                proactive.procurement: 9 22.36万元
                requests.other: _ _ _ _ _ _ _
                requests.total: _ _ _ _ _ _ 0
                requests.carried_forward: _ _ _ _ _ _ 0
                appeals.review: 0 0 0 0 0
                appeals.suit_direct: 0 0 0 0 0
                appeals.suit_after_review: 0 0 0 0 0
                """ + t3);
        assertThat(r.cells().get("proactive.procurement.amount").unit()).isEqualTo("万元");
        assertThat(r.sections().get("problems")).contains("[bookmark: _GoBack]（一）聚焦规范流程");
    }

    /** 常州市生态环境局 2021: traditional characters with pinyin glosses, tables missing. */
    @Test
    void seed_002_changzhou_tables_missing() throws IOException {
        Report r = seed("002_725613280118eb69.txt");
        assertThat(r.templateId()).isEqualTo("2021");
        assertThat(r.year()).isEqualTo(2021);
        assertThat(r.agency()).isEqualTo("常州市生态环境局");
        assertThat(r.status()).isEqualTo(ReportStatus.TABLES_MISSING);
        assertThat(r.cells()).hasSize(200);
        assertThat(r.cells().values()).allSatisfy(c -> assertThat(c.value().isBlank()).isTrue());
        assertThat(r.findings()).anySatisfy(f -> assertThat(f.rule()).isEqualTo("tables-missing"));
        assertThat(r.sections().get("overview")).startsWith("2021年,市生态环境局认真贯彻落实《条例》")
                .contains("(五)监督保障情况").doesNotContain("(tài)").doesNotContain("二、主动公开");
        assertThat(r.sections().get("other")).contains("本年度政府信息公开事项未收取任何费用");
    }

    /** 靖江园区 2020: no organ in the title, vertical group label, 「3、」 heading, markers after numbers. */
    @Test
    void seed_003_jingjiang() throws IOException {
        Report r = seed("003_f9624be8a21e35fd.txt");
        assertThat(r.templateId()).isEqualTo("2019");
        assertThat(r.year()).isEqualTo(2020);
        assertThat(r.agency()).isNull();
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
        assertThat(r.sections().get("other")).isEqualTo("没有其他需要报告的事项。");
    }

    /** 吴忠市生态环境局盐池分局 2020: tab rows, split labels, 商业机构, missing group label, short header. */
    @Test
    void seed_004_yanchi() throws IOException {
        Report r = seed("004_2e5524cc18545b14.txt");
        assertThat(r.templateId()).isEqualTo("2019");
        assertThat(r.year()).isEqualTo(2020);
        assertThat(r.agency()).isEqualTo("吴忠市生态环境局盐池分局");
        String t3 = zeroRequestsAndAppeals("2019").replaceAll("appeals\\..*\n", "");
        assertCells(r, """
                proactive.rules: 0 0 0
                proactive.normative: 0 0 0
                proactive.licensing: 0 0 0
                proactive.other_services: 0 0 0
                proactive.penalty: 7 +2 16
                proactive.coercion: 1 0 2
                proactive.fees: 0 0
                proactive.procurement: 0 0
                appeals.review: 0 0 0 0 0
                appeals.suit_direct: 0 0 0 0 0
                appeals.suit_after_review: 1 0 0 1 2
                """ + t3);
        assertThat(r.sections().get("other")).isEqualTo("无");
    }
}
