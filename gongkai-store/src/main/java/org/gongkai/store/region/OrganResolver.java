package org.gongkai.store.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an organ's name into its region and sector: {@code 江阴生态环境局} → 江苏省 无锡市 江阴市, 生态环境;
 * {@code 吴忠市生态环境局盐池分局} → 宁夏回族自治区 吴忠市 盐池县. Place names are found leftmost-longest, in full
 * (江阴市) or short (江阴) form, after the sector words are masked so that 公安局 never reads as 公安县. When the
 * places found fit more than one chain, the name stays ambiguous and keeps its candidates; text from the report
 * (its overview) can narrow them, but never invents a place the name does not support.
 */
public final class OrganResolver {
    private static final int MAX_CANDIDATES = 20;
    private static volatile OrganResolver standard;

    private final RegionCatalogue regions;
    private final Map<String, List<Region>> byAlias = new HashMap<>();
    private final Map<String, List<Region>> byFullName = new HashMap<>();
    private final int longestAlias;
    private final List<Map.Entry<String, String>> sectors;

    OrganResolver(RegionCatalogue regions, List<Map.Entry<String, String>> sectors) {
        this.regions = regions;
        int longest = 0;
        for (Region r : regions.all()) {
            if (RegionCatalogue.PLACEHOLDERS.contains(r.name())) continue;
            for (String alias : new LinkedHashSet<>(List.of(r.name(), RegionCatalogue.shortName(r)))) {
                byAlias.computeIfAbsent(alias, k -> new ArrayList<>()).add(r);
                longest = Math.max(longest, alias.length());
            }
            byFullName.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
        }
        this.longestAlias = longest;
        List<Map.Entry<String, String>> s = new ArrayList<>(sectors);
        s.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        this.sectors = List.copyOf(s);
    }

    public static OrganResolver standard() {
        OrganResolver r = standard;
        if (r == null) {
            synchronized (OrganResolver.class) {
                if (standard == null) standard = new OrganResolver(RegionCatalogue.standard(), loadSectors());
                r = standard;
            }
        }
        return r;
    }

    public RegionCatalogue regions() { return regions; }

    public OrganResolution resolve(String name) { return resolve(name, null); }

    /**
     * @param name    the organ's name as a report prints it
     * @param context other text of the report (its overview), used only to choose among candidates
     */
    public OrganResolution resolve(String name, String context) {
        String n = name == null ? "" : name.replaceAll("[\\s\u3000]+", "");
        char[] masked = n.toCharArray();
        String sector = null;
        for (Map.Entry<String, String> e : sectors) {
            int at = n.indexOf(e.getKey());
            if (at < 0) continue;
            // the longest keyword decides the sector; every keyword is masked from place matching
            if (sector == null) sector = e.getValue();
            for (int i = at; i < at + e.getKey().length(); i++) masked[i] = '|';
        }
        List<Mention> mentions = mentions(new String(masked), byAlias);
        StringBuilder unit = new StringBuilder(n);
        for (int i = mentions.size() - 1; i >= 0; i--) unit.delete(mentions.get(i).start, mentions.get(i).end);

        List<Region> best = chains(mentions);
        if (best.size() > 1 && context != null && !context.isBlank()) {
            List<Mention> hints = mentions(context.replaceAll("[\\s\u3000]+", ""), byFullName);
            best = narrow(best, hints);
        }
        if (best.isEmpty() && context != null && !context.isBlank()) {
            // a partial name (区生态环境分局): places the report mentions are candidates, never an answer
            best = chains(mentions(context.replaceAll("[\\s\u3000]+", ""), byFullName));
            if (best.size() == 1) return new OrganResolution(n, Optional.empty(), best, sector, unit.toString());
        }
        if (best.size() == 1) return new OrganResolution(n, Optional.of(best.get(0)), List.of(), sector, unit.toString());
        return new OrganResolution(n, Optional.empty(),
                best.size() > MAX_CANDIDATES ? best.subList(0, MAX_CANDIDATES) : best, sector, unit.toString());
    }

    private record Mention(int start, int end, List<Region> regions) {}

    /** Place names in s, leftmost-longest. Free text is searched for full names only: 中华人民共和国 is no 共和县. */
    private List<Mention> mentions(String s, Map<String, List<Region>> names) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            Mention found = null;
            for (int len = Math.min(longestAlias, s.length() - i); len >= 2; len--) {
                List<Region> rs = names.get(s.substring(i, i + len));
                if (rs != null) { found = new Mention(i, i + len, rs); break; }
            }
            if (found == null) { i++; continue; }
            out.add(found);
            i = found.end;
        }
        return out;
    }

    /** The deepest regions consistent with the most mentions (each mention is the region or one of its ancestors). */
    private List<Region> chains(List<Mention> mentions) {
        if (mentions.isEmpty()) return List.of();
        Map<Region, Integer> score = new LinkedHashMap<>();
        for (Mention m : mentions) {
            for (Region candidate : m.regions) {
                int s = 0;
                for (Mention other : mentions) {
                    for (Region r : other.regions) if (r.contains(candidate)) { s++; break; }
                }
                score.merge(candidate, s, Math::max);
            }
        }
        int top = score.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Region> best = new ArrayList<>();
        for (Map.Entry<Region, Integer> e : score.entrySet()) if (e.getValue() == top) best.add(e.getKey());
        // keep only the most specific: drop a region when a deeper candidate lies inside it
        best.removeIf(r -> best.stream().anyMatch(o -> o != r && r.contains(o)));
        best.sort(Comparator.comparing(Region::code));
        return best;
    }

    private static List<Region> narrow(List<Region> candidates, List<Mention> hints) {
        Map<Region, Integer> score = new LinkedHashMap<>();
        int top = 0;
        for (Region c : candidates) {
            int s = 0;
            for (Mention h : hints) for (Region r : h.regions) if (r.contains(c)) { s++; break; }
            score.put(c, s);
            top = Math.max(top, s);
        }
        if (top == 0) return candidates;
        List<Region> out = new ArrayList<>();
        for (Map.Entry<Region, Integer> e : score.entrySet()) if (e.getValue() == top) out.add(e.getKey());
        return out;
    }

    private static List<Map.Entry<String, String>> loadSectors() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        try (InputStream in = OrganResolver.class.getResourceAsStream("sectors.tsv")) {
            if (in == null) throw new IllegalStateException("sector resource missing: sectors.tsv");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                out.add(Map.entry(f[0], f[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
