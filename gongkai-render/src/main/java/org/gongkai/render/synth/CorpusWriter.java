package org.gongkai.render.synth;

import org.gongkai.core.json.ReportJson;
import org.gongkai.core.report.Report;
import org.gongkai.render.Accident;
import org.gongkai.render.RenderFormat;
import org.gongkai.render.ReportRenderer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a synthetic corpus: for each report one document in one of the requested formats, shaped by
 * one of the layout accidents that format meets in the wild, and beside it the truth as canonical JSON
 * ({@code 00042-2021-pipe_table.txt} and {@code 00042-2021-pipe_table.json}).
 */
public final class CorpusWriter {
    /** The accidents each format is written with, in rotation. */
    static final Map<RenderFormat, List<Accident>> ACCIDENTS = Map.of(
            RenderFormat.TEXT, List.of(Accident.CELL_PER_LINE, Accident.TAB_ROWS_SPLIT_LABELS, Accident.PIPE_TABLE,
                    Accident.TRADITIONAL_PINYIN, Accident.MISSING_GROUP_LABEL),
            RenderFormat.HTML, List.of(Accident.NONE, Accident.WORD_PASTED, Accident.CMS_SHELL,
                    Accident.TRADITIONAL_PINYIN, Accident.MISSING_GROUP_LABEL),
            RenderFormat.DOCX, List.of(Accident.NONE, Accident.MISSING_GROUP_LABEL),
            RenderFormat.PDF, List.of(Accident.NONE, Accident.TABLE_SPLIT_ACROSS_PAGES));

    /** One written document and its truth. */
    public record Entry(Path document, Path truth, RenderFormat format, Accident accident, Report report) {}

    private final List<RenderFormat> formats;
    private final List<String> templates;
    private final long seed;

    /**
     * @param formats   the formats to rotate through
     * @param templates "2019", "2021" or both (alternating)
     */
    public CorpusWriter(List<RenderFormat> formats, List<String> templates, long seed) {
        if (formats.isEmpty() || templates.isEmpty()) throw new IllegalArgumentException("need at least one format and one template");
        this.formats = List.copyOf(formats);
        this.templates = List.copyOf(templates);
        this.seed = seed;
    }

    /** Writes {@code count} documents with their truth files into {@code dir}, creating it when needed. */
    public List<Entry> write(Path dir, int count) throws IOException {
        return write(dir, count, Runtime.getRuntime().availableProcessors());
    }

    /**
     * As {@link #write(Path, int)}, rendering on {@code threads} threads. The reports and their accidents
     * are drawn in order first, so the corpus is the same whatever the number of threads.
     */
    public List<Entry> write(Path dir, int count, int threads) throws IOException {
        Files.createDirectories(dir);
        ReportGenerator gen = new ReportGenerator(seed);
        Random pick = new Random(seed * 31 + 7);
        List<Callable<Entry>> jobs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String template = templates.get(i % templates.size());
            RenderFormat format = formats.get(i % formats.size());
            List<Accident> choices = ACCIDENTS.get(format);
            Accident accident = choices.get(pick.nextInt(choices.size()));
            Report report = gen.next(template);
            String base = String.format(Locale.ROOT, "%05d-%s-%s", i + 1, template, accident.name().toLowerCase(Locale.ROOT));
            jobs.add(() -> writeOne(dir, base, format, accident, report));
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Entry> out = new ArrayList<>(count);
            for (Future<Entry> f : pool.invokeAll(jobs)) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the corpus", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Entry writeOne(Path dir, String base, RenderFormat format, Accident accident, Report report) throws IOException {
        Path doc = dir.resolve(base + "." + format.extension());
        byte[] bytes = ReportRenderer.strict().withAccident(accident).render(report, format);
        Files.write(doc, bytes);
        Report truth = report.toBuilder().source(doc.getFileName().toString()).sha256(sha256(bytes)).build();
        Path json = dir.resolve(base + ".json");
        Files.writeString(json, ReportJson.write(truth) + "\n", StandardCharsets.UTF_8);
        return new Entry(doc, json, format, accident, truth);
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
