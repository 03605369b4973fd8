package org.gongkai.core.report;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value cell's text read as the report means it (domain.md §2.6): {@code 减60} → −60, {@code 增12} → 12,
 * {@code 34（减）} → −34, {@code +2} → 2, {@code 22.36万元} → 22.36 with unit 万元, {@code 1,234} → 1234,
 * blank → blank, {@code -}/{@code 无}/{@code /} → 0 marked as a nil token, anything else → text.
 *
 * @param value the value
 * @param unit  the printed unit of an amount, or null
 * @param nil   true when the cell printed a nil token (无, -, /) rather than a number
 */
public record ValueToken(CellValue value, String unit, boolean nil) {

    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern WORD_BEFORE = Pattern.compile("(增加|减少|增|减)(\\d+(?:\\.\\d+)?)");
    private static final Pattern WORD_AFTER = Pattern.compile("(\\d+(?:\\.\\d+)?)\\(?(增加|减少|增|减)\\)?");
    private static final Pattern WITH_UNIT = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)(万元|亿元|元|件|项|个|条|次)");

    /** Reads the printed text of a value cell. */
    public static ValueToken parse(String raw) {
        if (raw != null && isPlainDigits(raw)) return number(raw, null);
        String s = normalise(raw);
        if (s.isEmpty()) return new ValueToken(CellValue.BLANK, null, false);
        switch (s) {
            case "-", "--", "—", "——", "/", "无", "\\", "·", "…" -> {
                return new ValueToken(CellValue.of(BigDecimal.ZERO), null, true);
            }
            default -> { }
        }
        if (!hasDigit(s)) return new ValueToken(new CellValue.Text(raw.strip()), null, false);
        if (PLAIN.matcher(s).matches()) return number(s.startsWith("+") ? s.substring(1) : s, null);
        if (THOUSANDS.matcher(s).matches()) return number(s.replace(",", "").replace("+", ""), null);
        Matcher m = WORD_BEFORE.matcher(s);
        if (m.matches()) return number(sign(m.group(1)) + m.group(2), null);
        m = WORD_AFTER.matcher(s);
        if (m.matches()) return number(sign(m.group(2)) + m.group(1), null);
        m = WITH_UNIT.matcher(s);
        if (m.matches()) {
            String unit = m.group(2);
            String n = m.group(1).startsWith("+") ? m.group(1).substring(1) : m.group(1);
            boolean money = unit.endsWith("元");
            return number(n, money ? unit : null);
        }
        return new ValueToken(new CellValue.Text(raw.strip()), null, false);
    }

    /** True when the text reads as a value (a number, a delta, an amount, a nil token) or is blank. */
    public static boolean isValueLike(String raw) {
        return !(parse(raw).value() instanceof CellValue.Text);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= '0' && s.charAt(i) <= '9') return true;
        return false;
    }

    private static boolean isPlainDigits(String s) {
        if (s.isEmpty() || s.length() > 18) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    private static ValueToken number(String s, String unit) {
        return new ValueToken(new CellValue.Number(new BigDecimal(s)), unit, false);
    }

    private static String sign(String word) {
        return word.startsWith("减") ? "-" : "";
    }

    /** Folds full-width digits and signs, drops spaces, unifies minus signs and parentheses. */
    static String normalise(String raw) {
        if (raw == null) return "";
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') continue;
            if (c >= '\uff01' && c <= '\uff5e') c = (char) (c - 0xfee0);
            if (c == '\u2212' || c == '\u2013' || c == '\ufe63') c = '-';
            if (c == '\u2014' && sb.isEmpty() && i + 1 < raw.length() && Character.isDigit(raw.charAt(i + 1))) c = '-';
            sb.append(c);
        }
        return sb.toString();
    }
}
