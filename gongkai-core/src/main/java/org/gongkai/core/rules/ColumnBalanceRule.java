package org.gongkai.core.rules;

import org.gongkai.core.rules.Arithmetic.Identity;
import org.gongkai.core.rules.Arithmetic.Result;

import java.util.List;

/**
 * R1, the one rule the template prints (its corner note): in every column of T3, 第一项加第二项之和，
 * 等于第三项加第四项之和 — 一 + 二 = 三（七）总计 + 四.
 */
final class ColumnBalanceRule extends IdentityRule {
    @Override public String id() { return "R1"; }

    @Override public String description() { return "申请情况表每一列：一、本年新收 + 二、上年结转 = 三（七）总计 + 四、结转下年度"; }

    @Override List<Identity> identities(Arithmetic a) { return a.columnBalances(); }

    @Override
    String describe(Arithmetic a, Result r) {
        Identity i = r.identity();
        String column = IdentityRule.spec(a, i.left().get(0)).columnLabel();
        String received = n(a, i.right().get(0)) + " + " + n(a, i.right().get(1));
        String handled = n(a, i.left().get(0)) + " + " + n(a, i.left().get(1));
        return column + "列：第一项加第二项 " + received + " = " + Labels.number(r.right())
                + " ≠ 第三项（七）总计加第四项 " + handled + " = " + Labels.number(r.left());
    }

    private static String n(Arithmetic a, String id) { return Labels.number(a.valueOf(id, java.util.Map.of())); }
}
