package org.gongkai.store;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;
import org.gongkai.core.rules.CrossYearRule;
import org.gongkai.core.rules.RuleEngine;

import java.math.BigDecimal;
import java.util.List;

/**
 * R12 on the 总计 column alone (二、上年结转 of year Y = 四、结转下年度继续办理 of Y−1): a cross-year rule of the
 * test's own, so the store's history machinery is tested whatever the standard rule set holds.
 */
final class CarryOver implements CrossYearRule {
    static RuleEngine engine() { return new RuleEngine(List.of(), List.of(new CarryOver())); }

    @Override public String id() { return "R12"; }

    @Override public Severity severity() { return Severity.WARNING; }

    @Override public String description() { return "上年结转 = 上一年的结转下年度继续办理"; }

    @Override
    public List<Finding> check(Report previous, Report current) {
        BigDecimal before = previous.number("requests.carried_forward.total");
        BigDecimal now = current.number("requests.carried_over.total");
        if (before == null || now == null || before.compareTo(now) == 0) return List.of();
        return List.of(new Finding("R12", Severity.WARNING, FindingKind.REPORT,
                List.of("requests.carried_over.total"), before, now, "上年结转 " + now + " ≠ 上一年结转下年度 " + before));
    }

    /** The seed text with 二、上年结转政府信息公开申请数量 set to n for 自然人 and 总计. */
    static String withCarriedOver(String text, int n) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains("二、上年结转政府信息公开申请数量")) {
                lines[i + 1] = lines[i + 1].replace("0", Integer.toString(n));
                lines[i + 7] = lines[i + 7].replace("0", Integer.toString(n));
                break;
            }
        }
        return String.join("\n", lines);
    }
}
