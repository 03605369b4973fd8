package org.gongkai.core.json;

import java.math.BigDecimal;

/** A small, deterministic JSON writer (two-space indentation, keys in insertion order). */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    private final boolean pretty;
    private int depth;
    private boolean first = true;
    private boolean afterKey;

    public JsonWriter(boolean pretty) { this.pretty = pretty; }

    public JsonWriter beginObject() { value(); out.append('{'); depth++; first = true; return this; }

    public JsonWriter endObject() { return close('}'); }

    public JsonWriter beginArray() { value(); out.append('['); depth++; first = true; return this; }

    public JsonWriter endArray() { return close(']'); }

    private JsonWriter close(char c) {
        depth--;
        if (!first) newline();
        out.append(c);
        first = false;
        return this;
    }

    public JsonWriter name(String name) {
        separator();
        string(name);
        out.append(pretty ? ": " : ":");
        afterKey = true;
        return this;
    }

    public JsonWriter value(String s) {
        value();
        if (s == null) out.append("null"); else string(s);
        return this;
    }

    public JsonWriter value(BigDecimal n) {
        value();
        out.append(n == null ? "null" : n.toPlainString());
        return this;
    }

    public JsonWriter value(Number n) {
        value();
        out.append(n == null ? "null" : n.toString());
        return this;
    }

    public JsonWriter value(boolean b) { value(); out.append(b); return this; }

    public JsonWriter nullValue() { value(); out.append("null"); return this; }

    /** Appends an already-serialised JSON value (used to join documents into an array). */
    public JsonWriter raw(String json) { value(); out.append(json); return this; }

    private void value() {
        if (afterKey) { afterKey = false; first = false; return; }
        separator();
    }

    private void separator() {
        if (depth == 0) return;
        if (!first) out.append(',');
        newline();
        first = false;
    }

    private void newline() {
        if (!pretty) return;
        out.append('\n');
        for (int i = 0; i < depth; i++) out.append("  ");
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() { return out.toString(); }
}
