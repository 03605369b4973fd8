package org.gongkai.render;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gongkai.Gongkai;
import org.gongkai.core.report.Report;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rendered as plain text in every shape the text reader knows, then read back: the same cells. */
class TextRoundTripTest {
    private static final List<Accident> SHAPES = List.of(Accident.CELL_PER_LINE, Accident.TAB_ROWS_SPLIT_LABELS,
            Accident.PIPE_TABLE, Accident.TRADITIONAL_PINYIN, Accident.MISSING_GROUP_LABEL);

    @Property(tries = 250)
    void template2019(@ForAll("reports2019") Report report, @ForAll("shapes") Accident shape) {
        roundTrip(report, shape);
    }

    @Property(tries = 250)
    void template2021(@ForAll("reports2021") Report report, @ForAll("shapes") Accident shape) {
        roundTrip(report, shape);
    }

    @Provide Arbitrary<Report> reports2019() { return Reports.any("2019"); }

    @Provide Arbitrary<Report> reports2021() { return Reports.any("2021"); }

    @Provide Arbitrary<Accident> shapes() { return net.jqwik.api.Arbitraries.of(SHAPES); }

    static void roundTrip(Report report, Accident shape) {
        byte[] text = ReportRenderer.allowingErrors().withAccident(shape).render(report, RenderFormat.TEXT);
        Report back = Gongkai.read(text, "round-trip.txt");
        assertThat(Reports.differences(report, back))
                .as("%s\n%s", shape, new String(text, StandardCharsets.UTF_8))
                .isEmpty();
    }
}
