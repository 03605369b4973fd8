package org.gongkai.core.text;

/**
 * The key under which printed labels are compared: whitespace of every kind removed, full-width ASCII
 * folded to half-width, quotation marks dropped, the ideographic full stop and middle dots unified.
 * Traditional characters must already be simplified (the readers do that); this class is JDK-only.
 */
public final class LabelKey {
    private LabelKey() {}

    public static String of(String text) {
        if (text == null) return "";
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (c != 0) sb.append(c);
        }
        return sb.toString();
    }

    /** One character as it stands in a key, or 0 when the key drops it. */
    public static char fold(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') return 0;
        if (c >= '\uff01' && c <= '\uff5e') c = (char) (c - 0xfee0);
        return switch (c) {
            case '"', '\'', '\u201c', '\u201d', '\u2018', '\u2019', '\u300c', '\u300d' -> 0;
            case '\u3010', '\u3014' -> '(';
            case '\u3011', '\u3015' -> ')';
            case '\u2215', '\u2044' -> '/';
            default -> c;
        };
    }

    /** Strips a leading enumerator such as 一、 (三) 1. 3、 (2) 第一 from a key. */
    public static String withoutEnumerator(String key) {
        int i = enumeratorLength(key);
        return i == 0 ? key : key.substring(i);
    }

    /** Length of the leading enumerator of a key, 0 when there is none. */
    public static int enumeratorLength(String key) {
        int n = key.length();
        int i = 0;
        if (i < n && key.charAt(i) == '(') {
            int j = i + 1;
            while (j < n && (isChineseNumeral(key.charAt(j)) || Character.isDigit(key.charAt(j)))) j++;
            if (j > i + 1 && j < n && key.charAt(j) == ')') {
                j++;
                if (j < n && (key.charAt(j) == '、' || key.charAt(j) == '.')) j++;
                return j;
            }
            return 0;
        }
        int j = i;
        while (j < n && (isChineseNumeral(key.charAt(j)) || Character.isDigit(key.charAt(j)))) j++;
        if (j > i && j < n && (key.charAt(j) == '、' || key.charAt(j) == '.' || key.charAt(j) == ',' || key.charAt(j) == ')')) {
            // "1.5万" is a number, not an enumerator
            if (key.charAt(j) == '.' && j + 1 < n && Character.isDigit(key.charAt(j + 1))) return 0;
            return j + 1;
        }
        return 0;
    }

    public static boolean isChineseNumeral(char c) {
        return "一二三四五六七八九十".indexOf(c) >= 0;
    }

    /** True when the key is nothing but an enumerator, e.g. a cell holding only "(六)". */
    public static boolean isBareEnumerator(String key) {
        if (key.isEmpty()) return false;
        if (enumeratorLength(key) == key.length()) return true;
        int from = key.charAt(0) == '(' ? 1 : 0;
        int to = key.charAt(key.length() - 1) == ')' ? key.length() - 1 : key.length();
        if (to <= from || (from == 1) != (to == key.length() - 1)) return false;
        for (int i = from; i < to; i++) if (!isChineseNumeral(key.charAt(i))) return false;
        return true;
    }
}
