package org.gongkai.core.rules;

import org.gongkai.core.rules.Arithmetic.Identity;
import org.gongkai.core.rules.Arithmetic.Result;

import java.util.List;

/** R2: in every row of T3, 总计 is the sum of the six applicant columns (the template has no subtotal column). */
final class RowTotalRule extends IdentityRule {
    @Override public String id() { return "R2"; }

    @Override public String description() { return "申请情况表每一行：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他"; }

    @Override List<Identity> identities(Arithmetic a) { return a.rowTotals(); }

    @Override
    String describe(Arithmetic a, Result r) {
        String total = IdentityRule.name(a, r.identity().left().get(0));
        return total + "：" + Labels.number(r.left()) + " ≠ 各类申请人之和 " + Labels.number(r.right());
    }
}
