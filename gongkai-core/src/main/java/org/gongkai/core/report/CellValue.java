package org.gongkai.core.report;

import java.math.BigDecimal;

/** What a value cell holds as printed: a number, nothing, or text that is not a number. */
public sealed interface CellValue {

    /** The cell is empty in the source (or its table is missing). Never 0. */
    record Blank() implements CellValue {}

    /** An exact decimal as printed (signed deltas carry their sign). */
    record Number(BigDecimal value) implements CellValue {
        public Number {
            if (value == null) throw new IllegalArgumentException("number must not be null");
        }
    }

    /** Text where a number belongs (e.g. a sentence in a count cell). */
    record Text(String text) implements CellValue {}

    CellValue BLANK = new Blank();

    static CellValue of(BigDecimal n) { return n == null ? BLANK : new Number(n); }

    static CellValue of(long n) { return new Number(BigDecimal.valueOf(n)); }

    default boolean isBlank() { return this instanceof Blank; }

    default boolean isNumber() { return this instanceof Number; }

    /** The number, or null when the cell is blank or text. */
    default BigDecimal number() { return this instanceof Number n ? n.value() : null; }
}
