package org.gongkai.render;

import java.util.Locale;

/** The file formats a report can be written in. */
public enum RenderFormat {
    HTML("html"), DOCX("docx"), PDF("pdf"), TEXT("txt");

    private final String extension;

    RenderFormat(String extension) { this.extension = extension; }

    /** The usual file extension, without the dot. */
    public String extension() { return extension; }

    /** html, docx, pdf, txt (or text). */
    public static RenderFormat of(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (RenderFormat f : values()) if (f.extension.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n)) return f;
        throw new IllegalArgumentException("unknown format '" + name + "': use html, docx, pdf or txt");
    }
}
