package org.gongkai.app;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.Gongkai;
import org.gongkai.core.json.ReportJson;
import org.gongkai.core.report.Cell;
import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code gongkai bench DIR}: how fast Gongkai reads the documents in a directory, per format, against
 * the floor for the same bytes — the least any reader must do (decode the text; PDFBox text extraction;
 * POI text extraction). Single-threaded, so documents per second are per core. With {@code --verify},
 * every document is also compared, outside the timing, with the truth JSON beside it.
 */
@Command(name = "bench", description = "测量读取速度（按格式）并与下限比较 / Measure reading speed per format against the floor.")
final class ReadBenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "报告目录（如 gongkai synth 的输出）")
    Path dir;

    @Option(names = "--repeat", description = "计时轮数（默认 3）")
    int repeat = 3;

    @Option(names = "--warmup", description = "预热轮数（默认 1）")
    int warmup = 1;

    @Option(names = "--verify", description = "逐份与同名 .json 真值比较所有单元格")
    boolean verify;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private long sink;

    /** @param cpuSeconds CPU time of the measuring thread per pass: steadier than wall time on a shared machine */
    record Stats(int docs, long bytes, double seconds, double cpuSeconds, double medianMs, double p99Ms, double peakHeapMb,
                 int failures) {
        double docsPerSecond() { return docs / seconds; }
        double docsPerCpuSecond() { return docs / cpuSeconds; }
        double mbPerSecond() { return bytes / 1e6 / seconds; }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, List<Path>> byFormat = new LinkedHashMap<>();
        for (String f : List.of("txt", "html", "docx", "doc", "pdf")) byFormat.put(f, new ArrayList<>());
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).sorted().forEach(p -> {
                String ext = extension(p);
                if (ext.equals("htm")) ext = "html";
                if (byFormat.containsKey(ext)) byFormat.get(ext).add(p);
            });
        }
        byFormat.values().removeIf(List::isEmpty);
        out.println(machine());
        out.println();
        out.println("| format | docs | MB | read docs/s | read MB/s | median ms | p99 ms | peak heap MB | floor docs/s | floor median ms"
                + " | read ÷ floor | read docs/CPU-s | floor docs/CPU-s | read ÷ floor (CPU) | failures |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        int bad = 0;
        for (Map.Entry<String, List<Path>> e : byFormat.entrySet()) {
            String format = e.getKey();
            List<Path> files = e.getValue();
            for (int i = 0; i < warmup; i++) { run(files, true); run(files, false); }
            Stats read = run(files, true);
            Stats floor = run(files, false);
            out.printf(Locale.ROOT, "| %s | %d | %.2f | %.0f | %.2f | %.2f | %.2f | %.0f | %.0f | %.2f | %.2f | %.0f | %.0f | %.2f | %d |%n",
                    format, files.size(), read.bytes / 1e6, read.docsPerSecond(), read.mbPerSecond(),
                    read.medianMs, read.p99Ms, read.peakHeapMb, floor.docsPerSecond(), floor.medianMs,
                    read.seconds / floor.seconds, read.docsPerCpuSecond(), floor.docsPerCpuSecond(),
                    read.cpuSeconds / floor.cpuSeconds, read.failures);
            out.flush();
        }
        if (verify) bad = verify(byFormat, out);
        out.flush();
        return bad == 0 ? 0 : 1;
    }

    private Stats run(List<Path> files, boolean read) throws IOException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        double[] ms = new double[files.size() * repeat];
        long bytes = 0;
        int failures = 0;
        long total = 0;
        long cpu = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int k = 0;
        for (int r = 0; r < repeat; r++) {
            for (Path p : files) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                byte[] b = Files.readAllBytes(p);
                try {
                    if (read) sink += Gongkai.read(b, p.getFileName().toString()).cells().size();
                    else sink += floor(b, extension(p));
                } catch (RuntimeException ex) {
                    failures++;
                }
                long dt = System.nanoTime() - t0;
                cpu += threads.getCurrentThreadCpuTime() - c0;
                total += dt;
                ms[k++] = dt / 1e6;
                bytes += b.length;
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean p : heap) peak += p.getPeakUsage().getUsed();
        Arrays.sort(ms);
        return new Stats(files.size(), bytes / repeat, total / 1e9 / repeat, cpu / 1e9 / repeat, percentile(ms, 50), percentile(ms, 99),
                peak / 1e6, failures / repeat);
    }

    /** The least any reader must do with these bytes. */
    private static long floor(byte[] b, String ext) {
        try {
            return switch (ext) {
                case "pdf" -> {
                    try (PDDocument d = Loader.loadPDF(b)) {
                        yield new PDFTextStripper().getText(d).length();
                    }
                }
                case "docx" -> {
                    try (XWPFWordExtractor x = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(b)))) {
                        yield x.getText().length();
                    }
                }
                case "doc" -> {
                    try (WordExtractor x = new WordExtractor(new ByteArrayInputStream(b))) {
                        yield x.getText().length();
                    }
                }
                default -> new String(b, StandardCharsets.UTF_8).length();
            };
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private int verify(Map<String, List<Path>> byFormat, PrintWriter out) throws IOException {
        int docs = 0, wrong = 0, cells = 0, wrongCells = 0, noTruth = 0;
        List<String> examples = new ArrayList<>();
        for (List<Path> files : byFormat.values()) {
            for (Path p : files) {
                String n = p.getFileName().toString();
                Path truthFile = p.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ".json");
                if (!Files.exists(truthFile)) { noTruth++; continue; }
                docs++;
                Report truth = ReportJson.read(Files.readString(truthFile, StandardCharsets.UTF_8));
                List<String> diff = new ArrayList<>();
                try {
                    Report back = Gongkai.read(p);
                    if (!java.util.Objects.equals(truth.templateId(), back.templateId())) diff.add("template " + back.templateId());
                    for (Cell c : truth.cells().values()) {
                        cells++;
                        CellValue a = back.value(c.id());
                        boolean same = c.value() instanceof CellValue.Number x && a instanceof CellValue.Number y
                                ? x.value().compareTo(y.value()) == 0 : c.value().equals(a);
                        if (!same) { wrongCells++; diff.add(c.id()); }
                    }
                } catch (RuntimeException ex) {
                    diff.add(ex.getMessage());
                }
                if (!diff.isEmpty()) {
                    wrong++;
                    if (examples.size() < 10) examples.add(n + ": " + diff.subList(0, Math.min(5, diff.size())));
                }
            }
        }
        out.printf(Locale.ROOT, "%nverify: %d documents, %d with every cell equal to the truth, %d differ; %d of %d cells differ%s%n",
                docs, docs - wrong, wrong, wrongCells, cells, noTruth > 0 ? " (" + noTruth + " without truth JSON)" : "");
        for (String x : examples) out.println("  " + x);
        return wrong;
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String machine() {
        String cpu = "unknown CPU";
        try {
            for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) { cpu = l.substring(l.indexOf(':') + 1).strip(); break; }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux: the JVM's figures below still say enough
        }
        String load = "";
        try {
            // other processes share the cores: the load says how far to trust the figures
            load = ", load average " + Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException ignored) {
            // not Linux
        }
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "machine: %s, %d cores available%s, max heap %d MB, Java %s (%s), %s %s",
                cpu, rt.availableProcessors(), load, rt.maxMemory() / (1024 * 1024), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), System.getProperty("os.name"), System.getProperty("os.arch"));
    }
}
