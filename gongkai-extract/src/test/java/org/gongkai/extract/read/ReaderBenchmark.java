package org.gongkai.extract.read;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.Gongkai;
import org.jsoup.Jsoup;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reader throughput, single-threaded, per format: documents per CPU second for the reader alone, for the
 * whole read (reader, matcher, rules), and for the floor — plain text extraction of the same bytes by
 * PDFBox, POI or jsoup alone. Not a test: run by hand and write the numbers into BENCHMARKS.md.
 * <pre>java -cp … org.gongkai.extract.read.ReaderBenchmark DIR [seconds per measurement]</pre>
 */
public final class ReaderBenchmark {
    private interface Work { Object run(byte[] bytes) throws Exception; }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        TreeMap<Format, List<byte[]>> byFormat = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                Format f = Format.sniff(b);
                if (f == Format.TEXT && !p.toString().endsWith(".txt")) continue; // scripts, sources
                if (f == Format.TEXT || f == Format.HTML || f == Format.PDF || f == Format.DOCX || f == Format.DOC) {
                    byFormat.computeIfAbsent(f, k -> new ArrayList<>()).add(b);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-5s %5s %9s %14s %14s %14s %8s%n", "fmt", "docs", "avg KB", "reader docs/s",
                "read+match/s", "floor docs/s", "ratio");
        for (var e : byFormat.entrySet()) {
            List<byte[]> docs = e.getValue();
            long kb = docs.stream().mapToLong(b -> b.length).sum() / docs.size() / 1024;
            // every library warmed up before any is measured, so the first measured is not the coldest
            Work read = b -> Readers.read(b, "bench"), all = b -> Gongkai.read(b, "bench"), plain = floor(e.getKey());
            for (Work w : List.of(plain, read, all)) rate(docs, w, seconds);
            double reader = rate(docs, read, seconds);
            double whole = rate(docs, all, seconds);
            double floor = rate(docs, plain, seconds);
            System.out.printf(Locale.ROOT, "%-5s %5d %9d %14.1f %14.1f %14.1f %8.2f%n", e.getKey(), docs.size(), kb,
                    reader, whole, floor, floor / reader);
        }
    }

    private static Work floor(Format f) {
        return switch (f) {
            case PDF -> b -> {
                try (PDDocument d = Loader.loadPDF(b)) { return new PDFTextStripper().getText(d); }
            };
            case DOCX -> b -> {
                try (XWPFWordExtractor x = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(b)))) { return x.getText(); }
            };
            case DOC -> b -> {
                try (WordExtractor x = new WordExtractor(new HWPFDocument(new ByteArrayInputStream(b)))) { return x.getText(); }
            };
            case HTML -> b -> Jsoup.parse(new ByteArrayInputStream(b), null, "").text();
            default -> b -> Charsets.decode(b);
        };
    }

    /**
     * Documents per CPU second of this thread over the set, after a warm-up of the same length. CPU
     * time, not wall time: on a shared machine the wall clock measures the neighbours.
     */
    private static double rate(List<byte[]> docs, Work w, double seconds) throws Exception {
        Object sink = null;
        for (int phase = 0; phase < 2; phase++) {
            long end = CPU.getCurrentThreadCpuTime() + (long) (seconds * 1e9);
            long start = CPU.getCurrentThreadCpuTime();
            int n = 0;
            while (CPU.getCurrentThreadCpuTime() < end || n < docs.size()) {
                sink = w.run(docs.get(n % docs.size()));
                n++;
            }
            if (phase == 1) {
                if (sink == null) throw new IllegalStateException();
                return n / ((CPU.getCurrentThreadCpuTime() - start) / 1e9);
            }
        }
        throw new IllegalStateException();
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
}
