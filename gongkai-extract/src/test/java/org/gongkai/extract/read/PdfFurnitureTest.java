package org.gongkai.extract.read;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.gongkai.extract.layout.Layout;
import org.gongkai.extract.layout.Paragraph;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class PdfFurnitureTest {

    @Test
    void pageNumbersAndRunningFootersAreDropped() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            String[] numbers = {"-1-", "\u2014 2 \u2014", "- 3 -"};
            for (int p = 0; p < 3; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    text(cs, 72, 760, "Body of page " + (p + 1));
                    text(cs, 280, 40, numbers[p]);
                    text(cs, 72, 20, "Some County Office annual report");
                }
            }
            pdf = BadInputTest.save(doc);
        }
        Layout l = new PdfReader().read(pdf, "f.pdf");
        assertThat(l.paragraphs()).extracting(Paragraph::text).containsExactly("Body of page 1", "Body of page 2", "Body of page 3");
        assertThat(l.paragraphs().get(2).where().page()).isEqualTo(3);
        assertThat(l.paragraphs().get(0).where().box().y()).isBetween(60f, 90f);
    }

    private static void text(PDPageContentStream cs, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
