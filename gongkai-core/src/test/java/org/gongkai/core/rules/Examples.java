package org.gongkai.core.rules;

/**
 * Consistent reports of a small organ, written out by hand: 36 new applications and 2 carried over,
 * all but 2 answered. Every sum of the template holds in them; tests break one thing at a time.
 */
final class Examples {
    private Examples() {}

    static Fixture consistent2019() {
        return requests(Fixture.of2019()).row("requests.other", "1 0 0 0 0 0 1");
    }

    static Fixture consistent2021() {
        return requests(Fixture.of2021()).row("requests.other.misc", "1 0 0 0 0 0 1");
    }

    private static Fixture requests(Fixture f) {
        return f.row("requests.new", "30 2 0 1 3 0 36")
                .row("requests.carried_over", "2 0 0 0 0 0 2")
                .row("requests.granted", "12 1 0 0 1 0 14")
                .row("requests.partial", "3 0 0 0 1 0 4")
                .row("requests.withheld.third_party", "1 0 0 0 0 0 1")
                .row("requests.withheld.process", "2 0 0 0 0 0 2")
                .row("requests.unavailable.not_held", "8 1 0 1 1 0 11")
                .row("requests.declined.complaint", "2 0 0 0 0 0 2")
                .row("requests.declined.duplicate", "1 0 0 0 0 0 1")
                .row("requests.total", "30 2 0 1 3 0 36")
                .row("requests.carried_forward", "2 0 0 0 0 0 2")
                .row("appeals.review", "1 0 0 1 2")
                .row("appeals.suit_direct", "0 1 0 0 1");
    }
}
