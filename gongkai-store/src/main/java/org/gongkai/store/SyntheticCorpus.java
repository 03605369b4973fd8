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
    private static final Pattern NUMBER_LINE = Pattern.compile("\\s*\\d{1,4}\\s*");

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
                int s = i % SEEDS.size();
                Region county = counties.get((i / SEEDS.size() / 2) % counties.size());
                int year = 2019 + (i / SEEDS.size()) % 2;
                String text = vary(texts.get(s), SEEDS.get(s)[1], county.name() + "生态环境局", year, new Random(i));
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
            if (inTables && NUMBER_LINE.matcher(line).matches()) {
                int n = Integer.parseInt(t);
                line = line.replace(t, Integer.toString(random.nextInt(n * 2 + 5)));
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
