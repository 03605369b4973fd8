package org.gongkai.extract.layout;

/** A paragraph or a table, in reading order. */
public sealed interface Block permits Paragraph, Table {}
