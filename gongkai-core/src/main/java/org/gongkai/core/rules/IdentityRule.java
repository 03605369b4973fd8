package org.gongkai.core.rules;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;
import org.gongkai.core.rules.Arithmetic.Identity;
import org.gongkai.core.rules.Arithmetic.Outcome;
import org.gongkai.core.rules.Arithmetic.Result;
import org.gongkai.core.rules.Arithmetic.Source;
import org.gongkai.core.template.CellSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule that is a set of sum identities (R1–R4). A broken identity is an error of the report when
 * it is broken whatever the blank cells hold; a warning of the report when only blank cells read as 0
 * break it (the report left out a number); a reading warning when a value in it was placed by order,
 * since then the reader, not the report, may be wrong.
 */
abstract class IdentityRule implements Rule {

    abstract List<Identity> identities(Arithmetic a);

    /** The message for a broken identity, without the notes on blanks and placement. */
    abstract String describe(Arithmetic a, Result r);

    @Override
    public Severity severity() { return Severity.ERROR; }

    @Override
    public List<Finding> check(Report report) {
        Arithmetic a = Arithmetic.of(report).orElse(null);
        if (a == null) return List.of();
        List<Finding> out = new ArrayList<>();
        for (Identity i : identities(a)) {
            Result r = a.evaluate(i);
            if (!r.broken()) continue;
            String message = describe(a, r);
            if (r.placedByOrder()) {
                out.add(new Finding(id(), Severity.WARNING, FindingKind.READING, i.cells(), r.right(), r.left(),
                        message + "；其中有数值的位置是读取时推断的（按顺序放入，或行标签与模板不完全一致），可能是读取错位而非报告错误，请核对原文"));
            } else if (r.outcome() == Outcome.BROKEN) {
                out.add(new Finding(id(), Severity.ERROR, FindingKind.REPORT, i.cells(), r.right(), r.left(), message
                        + blankNote(a, i, "")));
            } else {
                out.add(new Finding(id(), Severity.WARNING, FindingKind.REPORT, i.cells(), r.right(), r.left(), message
                        + blankNote(a, i, "，空白处不能都是 0，可能漏填")));
            }
        }
        return out;
    }

    /** 「（自然人、其他为空白，按 0 计）」 */
    static String blankNote(Arithmetic a, Identity i, String tail) {
        List<String> blanks = new ArrayList<>();
        List<String> derived = new ArrayList<>();
        for (String id : i.cells()) {
            Source s = a.operand(id).source();
            if (s == Source.BLANK) blanks.add(name(a, id));
            if (s == Source.DERIVED) derived.add(name(a, id));
        }
        StringBuilder sb = new StringBuilder();
        if (!blanks.isEmpty()) sb.append("（").append(list(blanks)).append("为空白，按 0 计").append(tail).append("）");
        if (!derived.isEmpty()) sb.append("（").append(list(derived)).append("为空白，按本行之和推算）");
        return sb.toString();
    }

    static String list(List<String> names) {
        if (names.size() <= 3) return String.join("、", names);
        return String.join("、", names.subList(0, 3)) + "等 " + names.size() + " 格";
    }

    static String name(Arithmetic a, String id) {
        return a.template().cell(id).map(Labels::cell)
                .or(() -> a.otherTemplate() == null ? java.util.Optional.empty() : a.otherTemplate().cell(id).map(Labels::cell))
                .orElse(id);
    }

    static CellSpec spec(Arithmetic a, String id) {
        return a.template().cell(id).or(() -> a.otherTemplate().cell(id)).orElseThrow();
    }
}
