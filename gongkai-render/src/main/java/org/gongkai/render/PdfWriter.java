package org.gongkai.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Prints the official layout's XHTML to PDF with openhtmltopdf and the bundled WenQuanYi Micro Hei, a
 * TrueType CJK font that PDFBox can subset and embed (the CFF-based Noto CJK fonts cannot be embedded).
 * The font travels inside the jar, so rendering needs no font installed on the machine.
 */
final class PdfWriter {
    static final String FONT_RESOURCE = "fonts/wqy-microhei.ttf";

    private PdfWriter() {}

    static byte[] write(String xhtml) {
        if (PdfWriter.class.getResource(FONT_RESOURCE) == null) {
            throw new IllegalStateException("bundled font " + FONT_RESOURCE + " is missing from gongkai-render");
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024)) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useFont(PdfWriter::font, HtmlWriter.PDF_FONT);
            b.withHtmlContent(xhtml, null);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font() {
        return PdfWriter.class.getResourceAsStream(FONT_RESOURCE);
    }
}
