package org.gongkai.core.rules;

import java.util.List;

/** The standard rule set, in the order of domain.md §2. */
final class StandardRules {
    private StandardRules() {}

    static List<Rule> single() {
        return List.of();
    }

    static List<CrossYearRule> crossYear() {
        return List.of();
    }
}
