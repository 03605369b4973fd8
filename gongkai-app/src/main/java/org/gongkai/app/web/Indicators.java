package org.gongkai.app.web;

import org.gongkai.core.report.Cell;
import org.gongkai.core.report.Report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The few numbers the organ and overview pages chart, computed from a report's cells as printed. */
final class Indicators {
    private Indicators() {}

    /** The outcome rows of table three, by their printed names, with the prefix their cell ids share. */
    static final Map<String, String> OUTCOMES = outcomes();

    private static Map<String, String> outcomes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("予以公开", "requests.granted.");
        m.put("部分公开", "requests.partial.");
        m.put("不予公开", "requests.withheld.");
        m.put("无法提供", "requests.unavailable.");
        m.put("不予处理", "requests.declined.");
        m.put("其他处理", "requests.other.");
        return m;
    }

    /** 一、本年新收政府信息公开申请数量 · 总计, or null when blank. */
    static BigDecimal applications(Report r) { return r.number("requests.new.total"); }

    /** Each outcome's 总计 column summed over its rows; null where the report prints none of them. */
    static Map<String, BigDecimal> outcomeMix(Report r) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : OUTCOMES.entrySet()) {
            BigDecimal sum = null;
            for (Cell c : r.cells().values()) {
                if (c.id().startsWith(e.getValue()) && c.id().endsWith(".total") && c.value().number() != null) {
                    sum = sum == null ? c.value().number() : sum.add(c.value().number());
                }
            }
            out.put(e.getKey(), sum);
        }
        return out;
    }

    /** Corrected ÷ decided (upheld + corrected + other) for 行政复议, in percent; null when nothing was decided. */
    static BigDecimal reviewCorrectionRate(Report r) { return rate(r, "appeals.review."); }

    /** The same over both kinds of 行政诉讼. */
    static BigDecimal suitCorrectionRate(Report r) { return rate(r, "appeals.suit_direct.", "appeals.suit_after_review."); }

    private static BigDecimal rate(Report r, String... prefixes) {
        BigDecimal corrected = BigDecimal.ZERO;
        BigDecimal decided = BigDecimal.ZERO;
        for (String p : prefixes) {
            for (String col : new String[]{"upheld", "corrected", "other"}) {
                BigDecimal v = r.number(p + col);
                if (v == null) continue;
                decided = decided.add(v);
                if (col.equals("corrected")) corrected = corrected.add(v);
            }
        }
        if (decided.signum() == 0) return null;
        return corrected.multiply(BigDecimal.valueOf(100)).divide(decided, 1, RoundingMode.HALF_UP);
    }

    /** (予以公开 + 部分公开) ÷ 办理结果总计, in percent; null without a total. */
    static BigDecimal disclosureRate(Report r) {
        BigDecimal total = r.number("requests.total.total");
        if (total == null || total.signum() == 0) return null;
        BigDecimal granted = orZero(r.number("requests.granted.total")).add(orZero(r.number("requests.partial.total")));
        return granted.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal orZero(BigDecimal b) { return b == null ? BigDecimal.ZERO : b; }
}
