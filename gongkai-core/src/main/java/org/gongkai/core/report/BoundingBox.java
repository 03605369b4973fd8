package org.gongkai.core.report;

/** A rectangle on a PDF page, in points from the top-left corner. */
public record BoundingBox(float x, float y, float width, float height) {}
