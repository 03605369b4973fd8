package org.gongkai.render;

/**
 * The layout accidents of real published reports (domain.md §5), which a renderer can reproduce so that
 * readers are tested on what they will meet. Each applies to the formats named; elsewhere it is ignored.
 */
public enum Accident {
    /** the clean official layout */
    NONE,
    /** text: one cell per line, each starting with a tab, a blank line after each row (Word copied to text) */
    CELL_PER_LINE,
    /** text: one row per line, tab-separated, with labels broken by spaces and （六） split from its words */
    TAB_ROWS_SPLIT_LABELS,
    /** text: markdown pipe tables */
    PIPE_TABLE,
    /** text and HTML: traditional characters from a site-wide converter, pinyin glosses after some of them */
    TRADITIONAL_PINYIN,
    /** HTML: the mso-styled markup of a Word document pasted into a web editor */
    WORD_PASTED,
    /** HTML: the report inside a government CMS page (navigation, breadcrumbs, footer) */
    CMS_SHELL,
    /** all formats: the merged 「（三）不予公开」 group cell is lost in conversion */
    MISSING_GROUP_LABEL,
    /** PDF: section 三's table runs across a page break */
    TABLE_SPLIT_ACROSS_PAGES
}
