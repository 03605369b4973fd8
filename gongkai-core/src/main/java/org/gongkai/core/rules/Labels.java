package org.gongkai.core.rules;

import org.gongkai.core.report.Cell;
import org.gongkai.core.report.CellValue;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.RowSpec;
import org.gongkai.core.template.TableId;

import java.math.BigDecimal;

/** How findings name rows, cells and numbers: by the labels the template prints. */
final class Labels {
    private Labels() {}

    /** 「（一）予以公开」, 「（三）不予公开 1.属于国家秘密」, 「行政诉讼 / 复议后起诉」. */
    static String row(RowSpec r) {
        if (r.table() == TableId.T4) return r.label();
        return withGroup(r.cells().isEmpty() ? "" : r.cells().get(0).group(), r.label());
    }

    /** 「（一）予以公开 · 总计」: the leaf rows of （三）…（六） carry their group, since 「1.」 alone is ambiguous. */
    static String cell(CellSpec c) {
        if (c.table() == TableId.T4) return c.group() + " · " + c.columnLabel();
        return withGroup(c.group(), c.rowLabel()) + " · " + c.columnLabel();
    }

    private static String withGroup(String group, String label) {
        return group.startsWith("（") && !group.equals(label) ? group + " " + label : label;
    }

    /** 「三、收到和处理政府信息公开申请情况」 */
    static String table(TableId t) {
        return switch (t) {
            case T2 -> "二、" + t.title();
            case T3 -> "三、" + t.title();
            case T4 -> "四、" + t.title();
        };
    }

    /** A number as a person writes it: 4, 22.36, −60 (no trailing zeros, no exponent). */
    static String number(BigDecimal n) {
        if (n == null) return "空白";
        BigDecimal s = n.stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0);
        return s.toPlainString();
    }

    /** The cell as printed, for messages: 「减60」, 「22.36万元」, 空白. */
    static String printed(Cell c) {
        if (c == null || c.value().isBlank()) return "空白";
        if (c.raw() != null && !c.raw().isBlank()) return c.raw().strip();
        if (c.value() instanceof CellValue.Text t) return t.text();
        return number(c.value().number());
    }
}
