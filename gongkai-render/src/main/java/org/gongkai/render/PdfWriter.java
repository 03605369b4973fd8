package org.gongkai.render;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

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

    /**
     * Parsing the 4.6 MB font costs more than laying out a whole report, so each thread parses it once
     * and every document embeds a subset of that parsed font (fontbox's TrueTypeFont is not thread-safe).
     */
    private static final ThreadLocal<TrueTypeFont> FONT = ThreadLocal.withInitial(PdfWriter::parseFont);

    static {
        // openhtmltopdf logs every stylesheet and font load at INFO: noise on a command line writing thousands of files
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfWriter() {}

    static byte[] write(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024); PDDocument doc = new PDDocument()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.usePDDocument(doc);
            b.useFont(new PDFontSupplier(PDType0Font.load(doc, FONT.get(), true)), HtmlWriter.PDF_FONT);
            b.withHtmlContent(xhtml, null);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrueTypeFont parseFont() {
        try (InputStream in = PdfWriter.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("bundled font " + FONT_RESOURCE + " is missing from gongkai-render");
            return new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
