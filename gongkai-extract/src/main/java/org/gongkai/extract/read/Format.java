package org.gongkai.extract.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The formats Gongkai reads, decided by the bytes, never by the file name. */
public enum Format {
    TEXT("text/plain"),
    HTML("text/html"),
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    DOC("application/msword"),
    /** a ZIP that is not a Word document (xlsx, odt, an archive) */
    OTHER_ZIP("application/zip"),
    /** an image, an executable, anything that is not text */
    BINARY("application/octet-stream"),
    EMPTY("application/x-empty");

    private final String mediaType;

    Format(String mediaType) { this.mediaType = mediaType; }

    public String mediaType() { return mediaType; }

    /** Decides the format from the first bytes (and, for a ZIP, its entry names). */
    public static Format sniff(byte[] b) {
        if (b.length == 0) return EMPTY;
        if (startsWith(b, "%PDF-") || indexOf(b, "%PDF-", 1024) >= 0) return PDF;
        if (b.length >= 8 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11 && (b[3] & 0xff) == 0xE0) return DOC;
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return indexOf(b, "word/", Math.min(b.length, 1 << 20)) >= 0 ? DOCX : OTHER_ZIP;
        }
        if (isBinaryMagic(b)) return BINARY;
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int lead = 0;
        while (lead < head.length() && (Character.isWhitespace(head.charAt(lead)) || head.charAt(lead) > 0x7f)) lead++;
        String t = head.substring(lead);
        if (t.startsWith("<!doctype html") || t.startsWith("<html") || t.startsWith("<?xml") && head.contains("<html")
                || head.contains("<html") || head.contains("<body") || head.contains("<table") || head.contains("<meta ")) {
            return HTML;
        }
        for (int i = 0; i < Math.min(b.length, 8192); i++) if (b[i] == 0) return BINARY;
        return TEXT;
    }

    private static boolean isBinaryMagic(byte[] b) {
        return startsWith(b, "\u0089PNG") || (b.length > 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8)
                || startsWith(b, "GIF8") || startsWith(b, "\u007fELF") || startsWith(b, "MZ")
                || (b.length > 2 && (b[0] & 0xff) == 0x1F && (b[1] & 0xff) == 0x8B) || startsWith(b, "Rar!")
                || startsWith(b, "7z\u00bc\u00af");
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) if ((b[i] & 0xff) != magic.charAt(i)) return false;
        return true;
    }

    private static int indexOf(byte[] b, String s, int limit) {
        byte[] p = s.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i + p.length <= Math.min(b.length, limit); i++) {
            for (int j = 0; j < p.length; j++) if (b[i + j] != p[j]) continue outer;
            return i;
        }
        return -1;
    }
}
