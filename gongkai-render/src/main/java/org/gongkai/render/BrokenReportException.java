package org.gongkai.render;

import org.gongkai.core.report.Finding;

import java.util.List;

/** A report was not rendered because its numbers break the template's arithmetic (R1–R4). */
public final class BrokenReportException extends RuntimeException {
    private final List<Finding> findings;

    BrokenReportException(List<String> rules, List<Finding> findings) {
        super("报告不符合 " + String.join("、", rules) + "（共 " + findings.size() + " 处）：" + findings.get(0).message()
                + "。请先更正数字；如确需按原样输出，请加 --allow-errors");
        this.findings = List.copyOf(findings);
    }

    /** Every broken identity. */
    public List<Finding> findings() { return findings; }

    /** The ids of the broken rules, each once. */
    public List<String> rules() {
        return findings.stream().map(Finding::rule).distinct().toList();
    }
}
