package org.gongkai.render;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.gongkai.Gongkai;
import org.gongkai.core.report.Report;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rendered as HTML (clean, pasted from Word, inside a CMS page, in traditional characters, with a lost
 * group label), Word and PDF, then read back by the readers: the same cells, for both templates.
 */
class DocumentRoundTripTest {

    @Property(tries = 200)
    @ReadsBack(RenderFormat.HTML)
    @AddLifecycleHook(ReaderAvailable.class)
    void html2019(@ForAll("reports2019") Report r, @ForAll("htmlAccidents") Accident a) { roundTrip(r, RenderFormat.HTML, a); }

    @Property(tries = 200)
    @ReadsBack(RenderFormat.HTML)
    @AddLifecycleHook(ReaderAvailable.class)
    void html2021(@ForAll("reports2021") Report r, @ForAll("htmlAccidents") Accident a) { roundTrip(r, RenderFormat.HTML, a); }

    @Property(tries = 200)
    @ReadsBack(RenderFormat.DOCX)
    @AddLifecycleHook(ReaderAvailable.class)
    void docx2019(@ForAll("reports2019") Report r, @ForAll("docxAccidents") Accident a) { roundTrip(r, RenderFormat.DOCX, a); }

    @Property(tries = 200)
    @ReadsBack(RenderFormat.DOCX)
    @AddLifecycleHook(ReaderAvailable.class)
    void docx2021(@ForAll("reports2021") Report r, @ForAll("docxAccidents") Accident a) { roundTrip(r, RenderFormat.DOCX, a); }

    @Property(tries = 200)
    @ReadsBack(RenderFormat.PDF)
    @AddLifecycleHook(ReaderAvailable.class)
    void pdf2019(@ForAll("reports2019") Report r, @ForAll("pdfAccidents") Accident a) { roundTrip(r, RenderFormat.PDF, a); }

    @Property(tries = 200)
    @ReadsBack(RenderFormat.PDF)
    @AddLifecycleHook(ReaderAvailable.class)
    void pdf2021(@ForAll("reports2021") Report r, @ForAll("pdfAccidents") Accident a) { roundTrip(r, RenderFormat.PDF, a); }

    @Provide Arbitrary<Report> reports2019() { return Reports.any("2019"); }

    @Provide Arbitrary<Report> reports2021() { return Reports.any("2021"); }

    @Provide Arbitrary<Accident> htmlAccidents() {
        return Arbitraries.of(Accident.NONE, Accident.WORD_PASTED, Accident.CMS_SHELL, Accident.TRADITIONAL_PINYIN,
                Accident.MISSING_GROUP_LABEL);
    }

    @Provide Arbitrary<Accident> docxAccidents() { return Arbitraries.of(Accident.NONE, Accident.MISSING_GROUP_LABEL); }

    @Provide Arbitrary<Accident> pdfAccidents() { return Arbitraries.of(Accident.NONE, Accident.TABLE_SPLIT_ACROSS_PAGES); }

    private static void roundTrip(Report report, RenderFormat format, Accident accident) {
        byte[] doc = ReportRenderer.allowingErrors().withAccident(accident).render(report, format);
        Report back = Gongkai.read(doc, "round-trip." + format.extension());
        assertThat(Reports.differences(report, back)).as("%s %s", format, accident).isEmpty();
    }
}
