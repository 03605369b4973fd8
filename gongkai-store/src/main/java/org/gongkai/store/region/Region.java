package org.gongkai.store.region;

/**
 * A division of GB/T 2260: a province (level 1), a prefecture (2) or a county (3).
 *
 * @param code six digits, e.g. 320281
 * @param name as the catalogue prints it, e.g. 江阴市
 * @param level 1, 2 or 3
 */
public record Region(String code, String name, int level) {

    /** The code prefix every division under this one shares: 32 for 江苏省, 3202 for 无锡市. */
    public String prefix() {
        return switch (level) {
            case 1 -> code.substring(0, 2);
            case 2 -> code.substring(0, 4);
            default -> code;
        };
    }

    /** True when {@code other} is this region or lies inside it. */
    public boolean contains(Region other) { return other.code.startsWith(prefix()); }

    @Override
    public String toString() { return code + " " + name; }
}
