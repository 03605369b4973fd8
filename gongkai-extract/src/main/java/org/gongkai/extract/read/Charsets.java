package org.gongkai.extract.read;

import org.gongkai.extract.UnreadableDocumentException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes text bytes: a byte-order mark if there is one, else UTF-8 if the bytes are valid UTF-8, else GB18030. */
public final class Charsets {
    public static final Charset GB18030 = Charset.forName("GB18030");

    private Charsets() {}

    public static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        return decodeStrict(bytes, StandardCharsets.UTF_8).orElseGet(() -> new String(bytes, GB18030));
    }

    /** Decodes with the named charset if the bytes are valid in it. */
    public static java.util.Optional<String> decodeStrict(byte[] bytes, Charset cs) {
        try {
            return java.util.Optional.of(cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }

    /** Refuses bytes that are not text: NUL bytes or many control characters. */
    public static void requireText(byte[] bytes, String source) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) throw new UnreadableDocumentException("不是文本文件（含二进制内容）",
                    "请提供 HTML、PDF、Word（DOC/DOCX）或纯文本格式的年度报告");
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1b) control++;
        }
        if (n > 0 && control * 20 > n) {
            throw new UnreadableDocumentException("不是文本文件（含大量控制字符）",
                    "请提供 HTML、PDF、Word（DOC/DOCX）或纯文本格式的年度报告");
        }
    }
}
