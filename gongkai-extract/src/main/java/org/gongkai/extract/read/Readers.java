package org.gongkai.extract.read;

import org.gongkai.extract.UnreadableDocumentException;
import org.gongkai.extract.layout.Layout;

/** Chooses the reader for a document by its content. */
public final class Readers {
    private Readers() {}

    public static Layout read(byte[] bytes, String source) {
        Format f = Format.sniff(bytes);
        return switch (f) {
            case EMPTY -> throw new UnreadableDocumentException("文件为空（0 字节）", "请检查下载或导出是否完整");
            case TEXT -> new TextReader().read(bytes, source);
            case HTML -> new HtmlReader().read(bytes, source);
            case PDF -> new PdfReader().read(bytes, source);
            case DOCX -> new DocxReader().read(bytes, source);
            case DOC -> new DocReader().read(bytes, source);
            case OTHER_ZIP -> throw new UnreadableDocumentException("ZIP 压缩文件但不是 Word 文档（DOCX）",
                    "请解压后分别读取其中的报告文件");
            case BINARY -> throw new UnreadableDocumentException("不是文本文件（二进制内容，如图片或程序）",
                    "请提供 HTML、PDF、Word（DOC/DOCX）或纯文本格式的年度报告");
        };
    }
}
