package org.gongkai.render;

import org.gongkai.core.template.TableId;

import java.util.List;

/** The annual report laid out as the template prints it, before any file format: title, headings, text, tables. */
record OfficialDocument(String title, List<Part> parts) {

    sealed interface Part {}

    record Heading(String text) implements Part {}

    /** One paragraph of narrative text. */
    record Paragraph(String text) implements Part {}

    record TablePart(TableId table, Grid grid) implements Part {}
}
