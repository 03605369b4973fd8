package org.gongkai.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.gongkai.core.report.Cell;
import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Report;
import org.gongkai.core.template.CellKind;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalogue;
import org.gongkai.render.synth.ReportGenerator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/** Reports for round trips: realistic consistent ones, and ones with arbitrary cells (blanks, big numbers, signs). */
final class Reports {
    private Reports() {}

    static Arbitrary<Report> any(String template) {
        return Arbitraries.oneOf(realistic(template), arbitrary(template));
    }

    static Arbitrary<Report> realistic(String template) {
        return Arbitraries.longs().map(seed -> new ReportGenerator(seed).next(template));
    }

    /** Every cell independently blank, small, large, or (for deltas) negative; amounts with their decimals. */
    static Arbitrary<Report> arbitrary(String template) {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(0, 100)).as((seed, blankPercent) -> {
            Template t = TemplateCatalogue.standard().require(template);
            Random rnd = new Random(seed);
            Report.Builder b = Report.builder().templateId(template).year(template.equals("2019") ? 2020 : 2023)
                    .agency("某某市某某区生态环境局");
            for (CellSpec c : t.cells()) {
                if (rnd.nextInt(100) < blankPercent / 4) continue;
                BigDecimal n = switch (c.kind()) {
                    case COUNT -> BigDecimal.valueOf(rnd.nextInt(3) == 0 ? rnd.nextInt(100000) : rnd.nextInt(10));
                    case DELTA -> BigDecimal.valueOf(rnd.nextInt(2001) - 1000);
                    case AMOUNT -> BigDecimal.valueOf(rnd.nextInt(10_000_000), rnd.nextInt(7));
                };
                String unit = c.kind() == CellKind.AMOUNT && c.id().equals("proactive.procurement.amount")
                        ? List.of("", "元", "万元").get(rnd.nextInt(3)) : "";
                b.cell(new Cell(c.id(), CellValue.of(n), n.toPlainString() + unit, unit.isEmpty() ? null : unit, null));
            }
            b.section("overview", "本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，不断提升政务公开质量。");
            b.section("problems", "政策解读形式还不够丰富。下一步，将进一步加强政策解读。");
            b.section("other", "本机关未收取信息处理费。");
            return b.build();
        });
    }

    /** The cells that differ between what was rendered and what was read back, as lines for a failure message. */
    static List<String> differences(Report expected, Report actual) {
        List<String> out = new ArrayList<>();
        if (!Objects.equals(expected.templateId(), actual.templateId())) {
            out.add("template " + expected.templateId() + " read as " + actual.templateId());
            return out;
        }
        for (Cell e : expected.cells().values()) {
            Cell a = actual.cells().get(e.id());
            CellValue av = a == null ? CellValue.BLANK : a.value();
            if (!same(e.value(), av)) out.add(e.id() + ": expected " + show(e.value()) + " but read " + show(av));
            else if (e.value().isNumber() && !Objects.equals(e.unit(), a.unit())) {
                out.add(e.id() + ": unit expected " + e.unit() + " but read " + a.unit());
            }
        }
        return out;
    }

    private static boolean same(CellValue a, CellValue b) {
        if (a instanceof CellValue.Number x && b instanceof CellValue.Number y) return x.value().compareTo(y.value()) == 0;
        return a.equals(b);
    }

    private static String show(CellValue v) {
        return v instanceof CellValue.Number n ? n.value().toPlainString() : v instanceof CellValue.Text t ? "text '" + t.text() + "'" : "blank";
    }
}
