package org.gongkai.core.rules;

import org.gongkai.core.text.LabelKey;

import java.util.Optional;

/**
 * The key under which two reports are taken to be the same organ's: the printed name without spaces,
 * punctuation or width differences, and without a trailing 「政府信息公开工作年度报告」 some titles leave
 * attached. Traditional characters are simplified by the readers before this.
 */
final class OrganName {
    private OrganName() {}

    static Optional<String> key(String agency) {
        if (agency == null) return Optional.empty();
        String k = LabelKey.of(agency);
        StringBuilder sb = new StringBuilder(k.length());
        k.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        String s = sb.toString().replaceFirst("\\d{4}年(度)?", "").replaceFirst("政府信息公开(工作)?年度报告$", "");
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
