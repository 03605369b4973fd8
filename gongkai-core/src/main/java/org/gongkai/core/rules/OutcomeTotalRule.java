package org.gongkai.core.rules;

import org.gongkai.core.rules.Arithmetic.Identity;
import org.gongkai.core.rules.Arithmetic.Result;

import java.util.List;

/**
 * R3: in every column of T3, （七）总计 is the sum of the outcome rows — each application is counted
 * under exactly one outcome (「区分处理的，只计这一情形，不计其他情形」).
 */
final class OutcomeTotalRule extends IdentityRule {
    @Override public String id() { return "R3"; }

    @Override public String description() { return "申请情况表每一列：（七）总计 = 各项办理结果之和（2019 年版 19 项，2021 年版 21 项）"; }

    @Override List<Identity> identities(Arithmetic a) { return a.outcomeTotals(); }

    @Override
    String describe(Arithmetic a, Result r) {
        String column = IdentityRule.spec(a, r.identity().left().get(0)).columnLabel();
        return column + "列：（七）总计 " + Labels.number(r.left()) + " ≠ 各项办理结果之和 " + Labels.number(r.right());
    }
}
