package org.gongkai.app;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.gongkai.store.Ingest;
import org.gongkai.store.IngestSummary;
import org.gongkai.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code gongkai ingest PATH...}: reads files and directories into the store. */
@Command(name = "ingest", description = "把报告文件和目录（递归、任意格式）读入数据库 / Read files and directories into the database.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "报告文件或目录")
    List<Path> paths;

    @Mixin
    DbOption db;

    @Option(names = "--threads", paramLabel = "N", description = "解析线程数（默认：全部 CPU 核）")
    Integer threads;

    @Option(names = "--no-progress", description = "不显示进度条")
    boolean noProgress;

    @Option(names = "--no-compact", description = "写入很多文件后也不压缩内嵌数据库文件")
    boolean noCompact;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A batch that wrote at least this many documents into embedded H2 is followed by {@code compact}. */
    static final long COMPACT_AFTER = 1000;

    @Override
    public Integer call() {
        IngestSummary s;
        try (Store store = db.open()) {
            Ingest ingest = store.ingest();
            if (threads != null) ingest.threads(threads);
            s = run(ingest, noProgress, spec, i -> i.run(paths));
        }
        compactAfter(s, db.db, noCompact, spec);
        return status(s);
    }

    /** Runs a batch with a progress bar on stderr, then prints its summary; shared with reparse. */
    static IngestSummary run(Ingest ingest, boolean noProgress, CommandLine.Model.CommandSpec spec,
                             java.util.function.Function<Ingest, IngestSummary> batch) {
        PrintWriter out = spec.commandLine().getOut();
        Bar bar = new Bar(noProgress);
        IngestSummary s;
        try {
            s = batch.apply(ingest.listener(bar));
        } finally {
            bar.close();
        }
        print(out, s);
        out.flush();
        return s;
    }

    static int status(IngestSummary s) {
        return s.count(Ingest.Kind.FAILED) > 0 ? 1 : 0;
    }

    /**
     * After a large batch the embedded H2 file is mostly garbage (it commits synchronously, without H2's
     * background housekeeping): rewriting it takes seconds (10,000 reports: 1.7 GB to 278 MB in 8 s). A
     * compaction that fails leaves the database as it was and does not fail the batch.
     */
    static void compactAfter(IngestSummary s, String db, boolean off, CommandLine.Model.CommandSpec spec) {
        long written = s.count(Ingest.Kind.STORED) + s.count(Ingest.Kind.REREAD);
        if (off || written < COMPACT_AFTER) return;
        PrintWriter out = spec.commandLine().getOut();
        try {
            Store.compact(db).ifPresent(c -> out.println(CompactCommand.describe(c)));
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("gongkai: 未能压缩数据库文件（" + e.getMessage() + "）；数据不受影响，可稍后运行 gongkai compact");
        }
        out.flush();
    }

    static void print(PrintWriter out, IngestSummary s) {
        double seconds = Math.max(s.elapsed().toMillis(), 1) / 1000.0;
        out.printf("共 %d 个文件，用时 %.1f 秒（%.1f 个/秒）%n", s.files(), seconds, s.files() / seconds);
        out.println("  结果：" + join(s.byKind(), Map.of("stored", "新存入", "reread", "重新读取", "unchanged", "已存在未变",
                "stale", "旧版本读取（请运行 gongkai reparse）", "failed", "未能存入")));
        if (!s.byStatus().isEmpty()) out.println("  状态：" + join(s.byStatus(), Map.of()));
        if (!s.byReason().isEmpty()) {
            out.println("  原因：");
            s.byReason().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> out.printf("    %5d  %s%n", e.getValue(), e.getKey()));
        }
        List<Ingest.Outcome> problems = s.problems().stream()
                .filter(o -> o.kind() == Ingest.Kind.FAILED || "unreadable".equals(o.status())).toList();
        if (!problems.isEmpty()) {
            out.println("  未读出的文件：");
            int shown = 0;
            for (Ingest.Outcome o : problems) {
                if (shown++ == 20) {
                    out.println("    …另有 " + (problems.size() - 20) + " 个；用 gongkai list --status unreadable 查看");
                    break;
                }
                out.println("    " + o.describe());
            }
        }
    }

    private static String join(Map<String, Long> counts, Map<String, String> names) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> {
            if (!sb.isEmpty()) sb.append(" · ");
            sb.append(names.getOrDefault(k, k)).append(' ').append(v);
        });
        return sb.toString();
    }

    /** The progress bar: count, rate and ETA, on stderr so that stdout stays the summary. */
    static final class Bar implements Ingest.Listener {
        private final boolean off;
        private ProgressBar bar;

        Bar(boolean off) { this.off = off; }

        @Override
        public void started(long total) {
            if (off) return;
            bar = new ProgressBarBuilder().setTaskName("读取").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().setUnit(" 份", 1)
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true, StandardCharsets.UTF_8)))
                    .setUpdateIntervalMillis(500).build();
        }

        @Override
        public void finished(Ingest.Outcome outcome) {
            if (bar != null) bar.step();
        }

        void close() {
            if (bar != null) bar.close();
        }
    }
}
