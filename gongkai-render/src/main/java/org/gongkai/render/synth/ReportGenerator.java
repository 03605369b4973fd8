package org.gongkai.render.synth;

import org.gongkai.core.report.Cell;
import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Report;
import org.gongkai.core.template.CellKind;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.RowSpec;
import org.gongkai.core.template.TableId;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes annual reports that could have been published: an organ, a year, narrative sections, and
 * every cell filled (0 rather than blank, domain.md §6) with magnitudes that fit the organ, so that
 * R1–R4 hold by construction — applications are drawn per applicant type, carried forward, and the rest
 * dealt out one by one to the outcome leaves; T4 totals are the sums of their results.
 * The same seed gives the same reports.
 */
public final class ReportGenerator {
    /** Relative frequency of each outcome leaf, by the last part of its row id; the rest are rare. */
    private static final Map<String, Integer> OUTCOME_WEIGHT = Map.ofEntries(
            Map.entry("granted", 40), Map.entry("partial", 8), Map.entry("not_held", 22), Map.entry("needs_creation", 3),
            Map.entry("unclear", 2), Map.entry("third_party", 3), Map.entry("internal", 1), Map.entry("process", 2),
            Map.entry("enforcement", 1), Map.entry("query", 2), Map.entry("complaint", 3), Map.entry("duplicate", 3),
            Map.entry("publication", 1), Map.entry("excessive", 1), Map.entry("confirmation", 1), Map.entry("other", 4),
            Map.entry("no_correction", 3), Map.entry("no_fee", 1), Map.entry("misc", 2));

    private final Random rnd;

    public ReportGenerator(long seed) { this.rnd = new Random(seed); }

    /** A consistent report on the given template ("2019" or "2021"). */
    public Report next(String templateId) {
        Template t = TemplateCatalogue.standard().require(templateId);
        Organs.Organ organ = Organs.pick(rnd);
        int year = templateId.equals(TemplateCatalogue.T2019) ? 2019 + rnd.nextInt(2) : 2021 + rnd.nextInt(5);
        Map<String, BigDecimal> v = new HashMap<>();
        Map<String, String> units = new HashMap<>();
        proactive(t, organ.level(), v, units);
        requests(t, organ.level(), v);
        appeals(organ.level(), v);
        Report.Builder b = Report.builder().templateId(templateId).agency(organ.name()).year(year);
        for (CellSpec c : t.cells()) {
            BigDecimal n = v.get(c.id());
            if (n == null) throw new IllegalStateException("generator left " + c.id() + " empty");
            String unit = units.get(c.id());
            b.cell(new Cell(c.id(), CellValue.of(n), n.toPlainString() + (unit == null ? "" : unit), unit, null));
        }
        Narrative.write(b, organ, year, templateId, v, rnd);
        return b.build();
    }

    /** Scale of an organ: how many applications it typically receives in a year. */
    private int applications(Organs.Level level) {
        return switch (level) {
            case PROVINCE -> 300 + rnd.nextInt(4000);
            case CITY -> 8 + rnd.nextInt(250);
            case COUNTY -> rnd.nextInt(12);
        };
    }

    private void requests(Template t, Organs.Level level, Map<String, BigDecimal> v) {
        List<String> cols = t.requestColumns().subList(0, 6);
        int all = applications(level);
        // natural persons dominate; companies and law firms follow; research and NGOs are rare
        double[] share = {0.78 + rnd.nextDouble() * 0.15, 0.06, 0.01, 0.01, 0.03, 0.02};
        double sum = 0;
        for (double s : share) sum += s;
        List<RowSpec> outcomes = t.outcomeRows();
        int[] weights = new int[outcomes.size()];
        int wsum = 0;
        for (int i = 0; i < weights.length; i++) {
            String id = outcomes.get(i).id();
            weights[i] = OUTCOME_WEIGHT.getOrDefault(id.substring(id.lastIndexOf('.') + 1), 1);
            wsum += weights[i];
        }
        long[] rowTotals = new long[outcomes.size()];
        long newTotal = 0, inTotal = 0, handledTotal = 0, outTotal = 0;
        for (String c : cols) {
            int fresh = (int) Math.round(all * share[cols.indexOf(c)] / sum * (0.6 + rnd.nextDouble() * 0.8));
            if (!c.equals("natural") && rnd.nextInt(3) == 0) fresh = 0;
            int carriedIn = fresh == 0 ? 0 : rnd.nextInt(Math.max(1, fresh / 8 + 1));
            int carriedOut = rnd.nextInt(Math.max(1, (fresh + carriedIn) / 8 + 1));
            int handled = fresh + carriedIn - carriedOut;
            int[] leaf = new int[outcomes.size()];
            for (int k = 0; k < handled; k++) {
                int x = rnd.nextInt(wsum);
                int i = 0;
                while (x >= weights[i]) x -= weights[i++];
                leaf[i]++;
            }
            put(v, "requests.new." + c, fresh);
            put(v, "requests.carried_over." + c, carriedIn);
            put(v, "requests.carried_forward." + c, carriedOut);
            put(v, "requests.total." + c, handled);
            for (int i = 0; i < leaf.length; i++) {
                put(v, outcomes.get(i).id() + "." + c, leaf[i]);
                rowTotals[i] += leaf[i];
            }
            newTotal += fresh;
            inTotal += carriedIn;
            handledTotal += handled;
            outTotal += carriedOut;
        }
        put(v, "requests.new.total", newTotal);
        put(v, "requests.carried_over.total", inTotal);
        put(v, "requests.carried_forward.total", outTotal);
        put(v, "requests.total.total", handledTotal);
        for (int i = 0; i < outcomes.size(); i++) put(v, outcomes.get(i).id() + ".total", rowTotals[i]);
    }

    private void appeals(Organs.Level level, Map<String, BigDecimal> v) {
        int scale = switch (level) {
            case PROVINCE -> 40;
            case CITY -> 6;
            case COUNTY -> 2;
        };
        for (String block : List.of("appeals.review", "appeals.suit_direct", "appeals.suit_after_review")) {
            long total = 0;
            for (String r : List.of("upheld", "corrected", "other", "pending")) {
                int n = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(scale + 1) / (r.equals("upheld") ? 1 : 3);
                put(v, block + "." + r, n);
                total += n;
            }
            put(v, block + ".total", total);
        }
    }

    private void proactive(Template t, Organs.Level level, Map<String, BigDecimal> v, Map<String, String> units) {
        int scale = switch (level) {
            case PROVINCE -> 2000;
            case CITY -> 300;
            case COUNTY -> 40;
        };
        for (RowSpec row : t.rows(TableId.T2)) {
            for (CellSpec c : row.cells()) {
                if (c.kind() == CellKind.DELTA) {
                    put(v, c.id(), rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(scale / 10 + 3) - scale / 20 - 1);
                } else if (c.kind() == CellKind.AMOUNT) {
                    amount(c, level, v, units);
                } else {
                    int n = switch (c.columnId()) {
                        case "made", "published", "issued", "repealed" ->
                                row.id().startsWith("proactive.rules") ? rnd.nextInt(level == Organs.Level.PROVINCE ? 12 : 2)
                                        : rnd.nextInt(scale / 20 + 2);
                        case "total", "in_force" -> row.id().startsWith("proactive.rules") ? rnd.nextInt(level == Organs.Level.PROVINCE ? 200 : 3)
                                : rnd.nextInt(scale / 2 + 5);
                        default -> rnd.nextInt(4) == 0 ? 0 : rnd.nextInt(scale * 5 + 1);
                    };
                    put(v, c.id(), n);
                }
            }
        }
    }

    private void amount(CellSpec c, Organs.Level level, Map<String, BigDecimal> v, Map<String, String> units) {
        if (rnd.nextInt(4) == 0) {
            put(v, c.id(), 0);
            return;
        }
        double max = level == Organs.Level.PROVINCE ? 50000 : level == Organs.Level.CITY ? 3000 : 200;
        if (c.id().equals("proactive.fees.amount")) {
            // 万元 with up to six decimals, as real reports print it (S6: 24252.311082)
            int scale = rnd.nextInt(7);
            v.put(c.id(), BigDecimal.valueOf(rnd.nextDouble() * max).setScale(scale, RoundingMode.HALF_UP));
        } else {
            // 2019 采购总金额: the template gives no unit, so organs print 万元, 元 or nothing
            int u = rnd.nextInt(3);
            BigDecimal wan = BigDecimal.valueOf(rnd.nextDouble() * max).setScale(2, RoundingMode.HALF_UP);
            if (u == 0) { v.put(c.id(), wan); units.put(c.id(), "万元"); }
            else if (u == 1) { v.put(c.id(), wan.movePointRight(4).setScale(2, RoundingMode.HALF_UP)); units.put(c.id(), "元"); }
            else v.put(c.id(), wan);
        }
    }

    private static void put(Map<String, BigDecimal> v, String id, long n) { v.put(id, BigDecimal.valueOf(n)); }
}
