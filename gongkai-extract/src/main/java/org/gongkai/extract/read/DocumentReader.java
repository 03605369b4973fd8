package org.gongkai.extract.read;

import org.gongkai.extract.layout.Layout;

/** Turns the bytes of one format into a {@link Layout}. Readers know formats, not templates. */
public interface DocumentReader {
    /**
     * @param bytes  the whole document
     * @param source its name or address, for provenance and messages
     * @throws org.gongkai.extract.UnreadableDocumentException when the bytes cannot be read
     */
    Layout read(byte[] bytes, String source);
}
