package org.gongkai.core.report;

/**
 * A value cell of a report as read.
 *
 * @param id         canonical cell id
 * @param value      number, blank or text
 * @param raw        the text as printed (null when the cell was never found)
 * @param unit       for amounts, the unit as printed ("元", "万元") or null
 * @param provenance where it was read, or null when the cell was not found in the source
 */
public record Cell(String id, CellValue value, String raw, String unit, Provenance provenance) {

    public static Cell missing(String id) { return new Cell(id, CellValue.BLANK, null, null, null); }

    public boolean isBlank() { return value.isBlank(); }

    /** True when the raw text is not simply the number (減60, 22.36万元, 1（增）, a sentence). */
    public boolean hasNonPlainRaw() {
        if (raw == null || raw.isBlank()) return false;
        if (!(value instanceof CellValue.Number n)) return true;
        return !raw.strip().equals(n.value().toPlainString());
    }
}
