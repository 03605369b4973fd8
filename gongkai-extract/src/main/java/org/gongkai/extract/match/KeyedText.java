package org.gongkai.extract.match;

import org.gongkai.core.text.LabelKey;

/** A text with its {@link LabelKey} key and the map from key characters back to text positions. */
record KeyedText(String text, String key, int[] toText) {
    static KeyedText of(String text) {
        StringBuilder key = new StringBuilder();
        int[] map = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char k = LabelKey.fold(text.charAt(i));
            if (k == 0) continue;
            key.append(k);
            map[n++] = i;
        }
        map[n] = text.length();
        int[] trimmed = new int[n + 1];
        System.arraycopy(map, 0, trimmed, 0, n + 1);
        return new KeyedText(text, key.toString(), trimmed);
    }

    int textIndex(int keyIndex) { return keyIndex >= toText.length ? text.length() : toText[keyIndex]; }

    int keyIndexAt(int textOffset) {
        int lo = 0, hi = toText.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toText[mid] >= textOffset) hi = mid; else lo = mid + 1;
        }
        return toText.length == 0 || toText[lo] < textOffset ? key.length() : lo;
    }
}
