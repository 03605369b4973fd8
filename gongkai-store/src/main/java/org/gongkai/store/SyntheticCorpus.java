package org.gongkai.store;

import org.gongkai.store.region.Region;
import org.gongkai.store.region.RegionCatalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A corpus for measuring ingest: real seed reports with their table numbers varied and their organ moved
 * to other counties and years, so that every file is a distinct document of a distinct organ-year. Written
 * to disk one file at a time.
 */
public final class SyntheticCorpus {
    /** Seed reports of the 2019 template, with the organ name each prints in its title. */
    private static final List<String[]> SEEDS = List.of(
            new String[]{"000_7d510606562a86a9.txt", "江阴生态环境局"},
            new String[]{"004_2e5524cc18545b14.txt", "吴忠市生态环境局盐池分局"});
    private static final List<String> UNITS = List.of("生态环境局", "财政局", "教育局", "民政局", "水利局", "审计局");

    /** A value standing alone between tabs or spaces, never part of a label such as 1.属于国家秘密. */
    private static final Pattern VALUE = Pattern.compile("(?<=^|[\\t ])\\d{1,4}(?=$|[\\t ])");

    private SyntheticCorpus() {}

    /**
     * Writes {@code count} reports under {@code dir} (in sub-directories of 1,000) and returns the directory.
     * The same count gives the same files.
     */
    public static Path write(Path dir, int count) {
        List<String> texts = new ArrayList<>();
        for (String[] s : SEEDS) texts.add(seed(s[0]));
        List<Region> counties = new ArrayList<>();
        for (Region r : RegionCatalogue.standard().all()) if (r.level() == 3 && r.name().endsWith("县")) counties.add(r);
        try {
            for (int i = 0; i < count; i++) {
                // consecutive pairs are one organ's 2019 and 2020 reports; organs run through counties, then sectors
                int organ = i / 2;
                int year = 2019 + i % 2;
                int s = organ % SEEDS.size();
                Region county = counties.get(organ % counties.size());
                String unit = UNITS.get((organ / counties.size()) % UNITS.size());
                String text = vary(texts.get(s), SEEDS.get(s)[1], county.name() + unit, year, new Random(i));
                Path sub = dir.resolve(String.format("%03d", i / 1000));
                Files.createDirectories(sub);
                Files.writeString(sub.resolve(String.format("report-%06d.txt", i)), text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    static String vary(String text, String organ, String newOrgan, int year, Random random) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        boolean inTables = false;
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("二、")) inTables = true;
            if (t.startsWith("五、")) inTables = false;
            if (inTables) {
                Matcher m = VALUE.matcher(line);
                StringBuilder varied = new StringBuilder();
                while (m.find()) m.appendReplacement(varied, Integer.toString(random.nextInt(Integer.parseInt(m.group()) * 2 + 5)));
                m.appendTail(varied);
                line = varied.toString();
            }
            out.append(line.replace(organ, newOrgan).replace("2020", Integer.toString(year))).append('\n');
        }
        return out.toString();
    }

    private static String seed(String name) {
        try (InputStream in = SyntheticCorpus.class.getResourceAsStream("seeds/" + name)) {
            if (in == null) throw new IllegalStateException("seed missing: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
