package org.gongkai.render.synth;

import org.gongkai.core.report.Report;
import org.gongkai.core.template.TemplateCatalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The free-text sections 一、五、六 in the register of real reports. Numbers quoted in the text are the
 * table's own, so narrative and tables agree. Sentences avoid starting with 「一、」-style numerals,
 * which readers would rightly take for headings.
 */
final class Narrative {
    private static final List<String> WORK = List.of(
            "坚持以公开为常态、不公开为例外，不断提升政务公开质量和实效。",
            "严格落实政府信息公开保密审查制度，做到先审查、后公开。",
            "持续完善政府信息公开指南和目录，及时更新机构职能、办事指南等信息。",
            "依托政府门户网站、政务新媒体等平台，拓宽政务公开渠道。",
            "加强政策解读，采用图文、视频等形式解读重要政策文件。",
            "规范依申请公开办理流程，严格按照法定时限答复申请人。",
            "加强政府信息管理，对已公开的规范性文件开展清理。",
            "组织开展政务公开业务培训，提升工作人员业务能力。");
    private static final List<String> PROBLEMS = List.of(
            "政策解读形式还不够丰富，解读的针对性有待加强。",
            "部分栏目信息更新不够及时，公开内容的规范性仍需提高。",
            "依申请公开答复的规范化水平有待进一步提升。",
            "工作人员业务能力与新形势新要求相比还有差距。");
    private static final List<String> REMEDIES = List.of(
            "下一步，将进一步加强政策解读，提升解读质量。",
            "下一步，将健全信息发布审核机制，确保信息更新及时、准确。",
            "下一步，将加强业务培训，提高依申请公开办理质量。",
            "下一步，将加大主动公开力度，回应社会关切。");

    private Narrative() {}

    static void write(Report.Builder b, Organs.Organ organ, int year, String template, Map<String, BigDecimal> v,
                      Random rnd) {
        StringBuilder o = new StringBuilder();
        o.append(year).append("年，").append(organ.name()).append("认真贯彻落实《中华人民共和国政府信息公开条例》，")
                .append(pick(WORK, rnd)).append(pick(WORK, rnd)).append('\n');
        o.append("全年共收到政府信息公开申请").append(v.get("requests.new.total").toPlainString()).append("件，上年结转")
                .append(v.get("requests.carried_over.total").toPlainString()).append("件，办理完毕")
                .append(v.get("requests.total.total").toPlainString()).append("件。").append(pick(WORK, rnd)).append('\n');
        o.append(pick(WORK, rnd)).append(pick(WORK, rnd));
        b.section("overview", o.toString());
        b.section("problems", pick(PROBLEMS, rnd) + pick(PROBLEMS, rnd) + "\n" + pick(REMEDIES, rnd) + pick(REMEDIES, rnd));
        String other = "本机关无其他需要报告的事项。";
        if (template.equals(TemplateCatalogue.T2021)) {
            other = rnd.nextInt(5) == 0
                    ? "依据《政府信息公开信息处理费管理办法》，本年度收取信息处理费" + (100 * (1 + rnd.nextInt(9))) + "元。"
                    : year + "年，本机关未收取信息处理费。";
        }
        b.section("other", other);
    }

    private static String pick(List<String> l, Random rnd) { return l.get(rnd.nextInt(l.size())); }
}
