package org.gongkai.extract.layout;

import org.gongkai.core.report.Provenance;

/**
 * A run of text outside tables.
 *
 * @param text  the text (normalised once the layout has passed the {@link org.gongkai.extract.text.Normaliser})
 * @param where where it starts; its text is the paragraph as printed
 */
public record Paragraph(String text, Provenance where) implements Block {}
