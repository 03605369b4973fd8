package org.gongkai.core.template;

import org.gongkai.core.text.LabelKey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Both national templates as data: the cell ids of {@code cells.tsv} and the label variants of
 * {@code labels.tsv}, both shipped as resources beside this class. A new template version is a new
 * column in those files, not new code.
 */
public final class TemplateCatalogue {
    /** Template ids in the order they were issued. */
    public static final String T2019 = "2019";
    public static final String T2021 = "2021";
    /** The pre-2019 statistics table: recognised, never forced into the new cells. */
    public static final String LEGACY = "legacy";

    private static final Map<String, String> ISSUED_BY = Map.of(
            T2019, "国办公开办函〔2019〕60号",
            T2021, "国办公开办函〔2021〕30号");

    private static volatile TemplateCatalogue standard;

    private final Map<String, Template> templates;
    private final Map<SectionId, List<String>> sectionAliases;
    private final Map<String, List<List<String>>> markers;

    private TemplateCatalogue(Map<String, Template> templates, Map<SectionId, List<String>> sectionAliases,
                              Map<String, List<List<String>>> markers) {
        this.templates = templates;
        this.sectionAliases = sectionAliases;
        this.markers = markers;
    }

    /** The catalogue shipped with Gongkai. */
    public static TemplateCatalogue standard() {
        TemplateCatalogue c = standard;
        if (c == null) {
            synchronized (TemplateCatalogue.class) {
                if (standard == null) standard = load();
                c = standard;
            }
        }
        return c;
    }

    public List<Template> templates() { return List.copyOf(templates.values()); }

    public Optional<Template> template(String id) { return Optional.ofNullable(templates.get(id)); }

    public Template require(String id) {
        Template t = templates.get(id);
        if (t == null) throw new IllegalArgumentException("unknown template '" + id + "': use 2019 or 2021");
        return t;
    }

    /** Heading variants of a section, as keys without numerals. */
    public List<String> sectionAliases(SectionId section) { return sectionAliases.get(section); }

    /**
     * Which template a document follows (domain.md §5, last paragraph): 2021 if any 2021 marker appears,
     * 2019 if any 2019 marker appears, legacy for the old statistics table, else by report year
     * (≤2018 legacy, 2019–2020 → 2019, ≥2021 → 2021); empty when neither markers nor a year tell.
     *
     * @param key  the document text as a {@link LabelKey} key
     * @param year the report year, or null
     */
    public Optional<String> detect(String key, Integer year) {
        for (String t : List.of(T2021, T2019, LEGACY)) {
            for (List<String> all : markers.getOrDefault(t, List.of())) {
                boolean hit = true;
                for (String m : all) hit &= key.contains(m);
                if (hit) return Optional.of(t);
            }
        }
        if (year == null) return Optional.empty();
        if (year <= 2018) return Optional.of(LEGACY);
        return Optional.of(year <= 2020 ? T2019 : T2021);
    }

    /** Which templates' markers a document carries (both, for a 2021 report still printing 2019 labels). */
    public List<String> markersFound(String key) {
        List<String> out = new ArrayList<>();
        for (String t : List.of(T2019, T2021)) {
            for (List<String> all : markers.getOrDefault(t, List.of())) {
                boolean hit = true;
                for (String m : all) hit &= key.contains(m);
                if (hit) { out.add(t); break; }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------- loading

    private record LabelLine(String kind, String id, String templates, List<String> aliases) {
        boolean appliesTo(String template) {
            return templates.equals("*") || Arrays.asList(templates.split(" ")).contains(template);
        }
    }

    private static TemplateCatalogue load() {
        List<String[]> cellLines = readTsv("cells.tsv");
        List<LabelLine> labels = new ArrayList<>();
        for (String[] f : readTsv("labels.tsv")) {
            List<String> aliases = new ArrayList<>();
            for (String a : f[3].split("\\|")) {
                aliases.add(a.startsWith("=") ? "=" + LabelKey.of(a.substring(1)) : LabelKey.of(a));
            }
            labels.add(new LabelLine(f[0], f[1], f[2], aliases));
        }
        Map<SectionId, List<String>> sections = new EnumMap<>(SectionId.class);
        Map<String, List<List<String>>> markers = new LinkedHashMap<>();
        for (LabelLine l : labels) {
            if (l.kind.equals("section")) sections.put(SectionId.valueOf(l.id.toUpperCase(java.util.Locale.ROOT)), l.aliases);
            if (l.kind.equals("marker")) {
                List<List<String>> ms = new ArrayList<>();
                for (String a : l.aliases) ms.add(Arrays.asList(a.split("\\+")));
                markers.put(l.id, ms);
            }
        }
        Map<String, Template> templates = new LinkedHashMap<>();
        for (String t : List.of(T2019, T2021)) templates.put(t, build(t, cellLines, labels));
        return new TemplateCatalogue(templates, sections, markers);
    }

    private static Template build(String t, List<String[]> cellLines, List<LabelLine> labels) {
        Map<String, List<String>> captions = aliasMap(labels, "caption", t);
        Map<String, List<String>> columns = aliasMap(labels, "column", t);
        Map<String, List<String>> groups = aliasMap(labels, "group", t);
        Map<String, List<String>> rowAliases = aliasMap(labels, "row", t);

        List<CellSpec> cells = new ArrayList<>();
        Map<String, List<CellSpec>> rowCells = new LinkedHashMap<>();
        Map<String, String[]> rowInfo = new LinkedHashMap<>();
        for (String[] f : cellLines) {
            if (!Arrays.asList(f[1].split(" ")).contains(t)) continue;
            String id = f[0];
            TableId table = TableId.valueOf(f[2]);
            String group = f[3];
            String row = f[4];
            String column = printedColumn(f[5], t);
            CellKind kind = CellKind.parse(f[6]);
            int dot = id.lastIndexOf('.');
            String rowId = id.substring(0, dot);
            String columnId = id.substring(dot + 1);
            CellSpec spec = new CellSpec(id, table, group, row, column, kind, rowId, columnId);
            cells.add(spec);
            rowCells.computeIfAbsent(rowId, k -> new ArrayList<>()).add(spec);
            rowInfo.putIfAbsent(rowId, new String[]{f[2], group, row});
        }
        List<RowSpec> rows = new ArrayList<>();
        for (Map.Entry<String, List<CellSpec>> e : rowCells.entrySet()) {
            String rowId = e.getKey();
            String[] info = rowInfo.get(rowId);
            TableId table = TableId.valueOf(info[0]);
            String group = info[1];
            String label = table == TableId.T4 ? group : info[2];
            String caption = "";
            if (table == TableId.T2) caption = matchAlias(captions, LabelKey.of(group));
            if (table == TableId.T3) caption = matchAlias(groups, LabelKey.withoutEnumerator(LabelKey.of(group)));
            List<String> aliases = new ArrayList<>(rowAliases.getOrDefault(rowId, List.of()));
            if (table != TableId.T4) {
                String own = LabelKey.withoutEnumerator(LabelKey.of(label));
                if (!aliases.contains(own) && aliases.stream().noneMatch(a -> a.startsWith("="))) aliases.add(0, own);
            }
            rows.add(new RowSpec(rowId, table, caption, label, aliases, e.getValue()));
        }
        return new Template(t, ISSUED_BY.get(t), cells, rows, captions, columns, groups);
    }

    private static String matchAlias(Map<String, List<String>> aliases, String key) {
        for (Map.Entry<String, List<String>> e : aliases.entrySet()) {
            for (String a : e.getValue()) if (key.startsWith(a)) return e.getKey();
        }
        return "";
    }

    private static Map<String, List<String>> aliasMap(List<LabelLine> labels, String kind, String t) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (LabelLine l : labels) {
            if (l.kind.equals(kind) && l.appliesTo(t)) m.computeIfAbsent(l.id, k -> new ArrayList<>()).addAll(l.aliases);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return m;
    }

    /** 「处理决定数量 (2021: 本年处理决定数量)」 names the column differently per template. */
    private static String printedColumn(String column, String t) {
        int p = column.indexOf(" (");
        if (p < 0) return column;
        String base = column.substring(0, p);
        String note = column.substring(p + 2, column.length() - 1);
        String prefix = t + ": ";
        return note.startsWith(prefix) ? note.substring(prefix.length()) : base;
    }

    private static List<String[]> readTsv(String name) {
        try (InputStream in = TemplateCatalogue.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("catalogue resource missing: " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> out = new ArrayList<>();
            String line;
            boolean header = name.equals("cells.tsv");
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) { header = false; continue; }
                out.add(line.split("\t", -1));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
