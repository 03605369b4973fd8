package org.gongkai.core.rules;

import org.gongkai.core.rules.Arithmetic.Identity;
import org.gongkai.core.rules.Arithmetic.Result;

import java.util.ArrayList;
import java.util.List;

/** R4: in each of the three blocks of T4, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
final class AppealTotalRule extends IdentityRule {
    @Override public String id() { return "R4"; }

    @Override public String description() { return "复议诉讼表每一部分：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结"; }

    @Override List<Identity> identities(Arithmetic a) { return a.appealTotals(); }

    @Override
    String describe(Arithmetic a, Result r) {
        List<String> parts = new ArrayList<>();
        for (String id : r.identity().right()) parts.add(IdentityRule.spec(a, id).columnLabel());
        return IdentityRule.name(a, r.identity().left().get(0)) + "：" + Labels.number(r.left()) + " ≠ "
                + String.join("、", parts) + "之和 " + Labels.number(r.right());
    }
}
