package org.gongkai.extract.read;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.gongkai.Gongkai;
import org.gongkai.extract.UnreadableDocumentException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongkai.extract.read.SampleReportsTest.resource;

/** Files that are not readable reports: each gets its own one-line reason. */
class BadInputTest {

    private static String reason(byte[] bytes) {
        try {
            Gongkai.read(bytes, "bad");
        } catch (UnreadableDocumentException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e.reason();
        }
        throw new AssertionError("read without complaint");
    }

    @Test
    void zeroBytes() {
        assertThat(reason(new byte[0])).isEqualTo("文件为空（0 字节）");
    }

    @Test
    void encryptedPdf() throws IOException {
        byte[] pdf;
        try (PDDocument doc = onePage("Report")) {
            doc.protect(new StandardProtectionPolicy("owner", "secret", new AccessPermission()));
            pdf = save(doc);
        }
        assertThat(reason(pdf)).isEqualTo("PDF 已加密，需要密码才能打开");
    }

    @Test
    void pdfWithoutTextLayer() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(50, 50, 400, 600); // a scan is an image; a filled shape is as textless
                cs.fill();
            }
            pdf = save(doc);
        }
        assertThat(reason(pdf)).isEqualTo("PDF 没有文字层（扫描件或图片），暂不支持文字识别（OCR）");
    }

    @Test
    void truncatedPdf() {
        byte[] pdf = resource("samples/hongze-2023.pdf");
        assertThat(reason(Arrays.copyOf(pdf, 2000))).startsWith("PDF 文件已损坏或不完整");
    }

    @Test
    void truncatedDocx() {
        byte[] docx = resource("fixtures/report-2019.docx");
        assertThat(reason(Arrays.copyOf(docx, docx.length / 2))).startsWith("Word 文档（DOCX）已损坏或不完整");
    }

    @Test
    void truncatedDoc() {
        byte[] doc = resource("fixtures/report-2019.doc");
        assertThat(reason(Arrays.copyOf(doc, 4096))).isEqualTo("Word 文档（DOC）已损坏或不完整，无法解析");
    }

    @Test
    void zipBombDisguisedAsDocx() throws IOException {
        // 300 MB of zeros deflate to about 300 KB: inflating it must stop at the limit, not fill the heap
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) zip.write(zeros);
            zip.closeEntry();
        }
        assertThat(Format.sniff(bytes.toByteArray())).isEqualTo(Format.DOCX);
        assertThat(reason(bytes.toByteArray())).isEqualTo("DOCX 解压后过大（疑似压缩炸弹），已拒绝读取");
    }

    @Test
    void htmlPageWithoutText() {
        byte[] html = "<html><head><script>location.href='/x'</script></head><body><div id=app></div></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(reason(html)).startsWith("网页中没有正文文字");
    }

    @Test
    void htmlPageWithNoReportInIt() {
        byte[] html = ("<html><head><meta charset=utf-8></head><body><nav>首页 | 政务公开</nav>"
                + "<h1>关于开展春季植树活动的通知</h1><p>各单位：请于3月12日前报名。</p><footer>版权所有</footer></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(reason(html)).startsWith("不是政府信息公开工作年度报告");
    }

    @Test
    void anImageIsNotAReport() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};
        assertThat(reason(png)).startsWith("不是文本文件");
    }

    static PDDocument onePage(String text) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            cs.newLineAtOffset(72, 700);
            cs.showText(text);
            cs.endText();
        }
        return doc;
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
