package org.gongkai.store;

import org.gongkai.Gongkai;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.ReportStatus;
import org.gongkai.extract.UnreadableDocumentException;
import org.gongkai.extract.read.Format;
import org.gongkai.store.region.OrganResolver;
import org.jdbi.v3.core.Handle;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads files into the store: parsing on all cores, writing on one thread.
 * <p>
 * Documents are streamed: a walker hands paths to the parsers through a bounded queue, so at most a few
 * documents per core are in memory whatever the size of the batch. The writer takes them in the order the
 * walker found them, so the same batch gives the same report ids. Each document is stored whole (bytes,
 * report, cells, sections, findings, its organ's cross-year findings) or not at all: it is written inside a
 * savepoint of its own, and a document that fails is rolled back to that savepoint alone. Documents are
 * committed in groups (at most {@value #GROUP_DOCUMENTS} documents, {@value #GROUP_MILLIS} ms or
 * {@value #GROUP_BYTES} bytes, and at once whenever the writer would otherwise wait for a parser), and an
 * outcome is reported only once its group is committed: what the listener was told is stored, is. A document
 * already stored by this extractor version is not read again, so re-running a batch that was stopped completes
 * it.
 */
public final class Ingest {
    /** How many problem documents a summary lists by name (all are counted). */
    public static final int MAX_LISTED = 1000;
    /** The most documents committed together. */
    static final int GROUP_DOCUMENTS = 64;
    /** How long the oldest document of a group may wait for its commit. */
    static final long GROUP_MILLIS = 1000;
    /** The most document bytes committed together. */
    static final long GROUP_BYTES = 32L * 1024 * 1024;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Ingest.class);

    /** What happened to one file. */
    public enum Kind {
        /** read and stored for the first time */
        STORED,
        /** read again by a newer extractor (reparse) */
        REREAD,
        /** already stored by this extractor version: nothing written but its origin */
        UNCHANGED,
        /** stored by an older extractor version: {@code gongkai reparse} reads it again */
        STALE,
        /** could not be read into a document, or storing it failed; recorded with its reason */
        FAILED;

        public String id() { return name().toLowerCase(Locale.ROOT); }
    }

    /**
     * One file's outcome.
     *
     * @param status parsed, partial, tables-missing or unreadable for a document read now; failed when it could
     *               not be stored; null when it was not read again
     */
    public record Outcome(String origin, String sha256, Kind kind, String status, String reason, String advice,
                          Long reportId) {

        /** 「file: reason; advice」 for people. */
        public String describe() {
            return origin + ": " + (reason == null ? status : reason) + (advice == null || advice.isEmpty() ? "" : "; " + advice);
        }
    }

    /** Told of progress, always on one thread. */
    public interface Listener {
        default void started(long total) {}

        default void finished(Outcome outcome) {}
    }

    private final Store store;
    private final OrganResolver resolver;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Listener listener = new Listener() {};
    private Consumer<String> beforeCommit = origin -> {};
    private Consumer<List<String>> beforeGroupCommit = origins -> {};

    Ingest(Store store, OrganResolver resolver) {
        this.store = store;
        this.resolver = resolver;
    }

    /** Parser threads; all cores by default. */
    public Ingest threads(int n) {
        if (n < 1) throw new IllegalArgumentException("threads must be at least 1");
        threads = n;
        return this;
    }

    public Ingest listener(Listener l) {
        listener = l;
        return this;
    }

    /** Runs inside each document's savepoint after everything of it is written (tests inject failures here). */
    Ingest beforeCommit(Consumer<String> hook) {
        beforeCommit = hook;
        return this;
    }

    /** Runs just before a group of documents commits, with their origins (tests make the commit fail here). */
    Ingest beforeGroupCommit(Consumer<List<String>> hook) {
        beforeGroupCommit = hook;
        return this;
    }

    /** Reads files and directories (recursively, every file whatever its extension) into the store. */
    public IngestSummary run(List<Path> paths) {
        long total = 0;
        for (Path p : paths) total += count(p);
        long t = total;
        return pipeline(t, queue -> {
            for (Path p : paths) walk(p, path -> queue.accept(() -> readFile(path)));
        }, false);
    }

    /**
     * Reads again every stored document that an older extractor read ({@link Gongkai#EXTRACTOR_VERSION}), or
     * every document when {@code all}; review decisions on findings are kept.
     */
    public IngestSummary reparse(boolean all) {
        List<String> shas = store.jdbi().withHandle(h -> Reports.documentsToReread(h, Gongkai.EXTRACTOR_VERSION, all));
        return pipeline(shas.size(), queue -> {
            for (String sha : shas) queue.accept(() -> rereadStored(sha));
        }, true);
    }

    // ------------------------------------------------------------------------------------------ the pipeline

    /** A document as a parser hands it to the writer. */
    private record Parsed(String origin, String sha256, Kind kind, String name, String mediaType, byte[] bytes,
                          Report report, ReportStatus status, String reason, String advice) {}

    private interface Task {
        Parsed call() throws Exception;
    }

    private IngestSummary pipeline(long total, Consumer<Consumer<Task>> producer, boolean reread) {
        long started = System.nanoTime();
        listener.started(total);
        ExecutorService parsers = Executors.newFixedThreadPool(threads, r -> {
            Thread th = new Thread(r, "gongkai-parse");
            th.setDaemon(true);
            return th;
        });
        // bounded: the walker waits while the writer is behind, so documents never pile up in memory
        BlockingQueue<Future<Parsed>> queue = new ArrayBlockingQueue<>(threads * 2);
        Future<Parsed> end = CompletableFuture.completedFuture(null);
        Thread walker = new Thread(() -> {
            try {
                producer.accept(task -> put(queue, parsers.submit(task::call)));
            } catch (RuntimeException e) {
                Parsed failed = new Parsed("（遍历）", null, Kind.FAILED, null, null, null, null, null,
                        "遍历文件时出错（" + Store.rootMessage(e) + "）", "请检查路径与权限");
                put(queue, CompletableFuture.completedFuture(failed));
            } finally {
                put(queue, end);
            }
        }, "gongkai-walk");
        walker.setDaemon(true);
        walker.start();

        Summary summary = new Summary();
        Group group = new Group(summary, reread);
        try {
            while (true) {
                Future<Parsed> f = queue.poll();
                if (f == null) {
                    // nothing ready: commit what is written rather than keep it (and its outcomes) waiting
                    group.commit();
                    f = queue.take();
                }
                if (f == end) break;
                if (!f.isDone()) group.commit();
                Parsed p;
                try {
                    p = f.get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    p = new Parsed("（未知文件）", null, Kind.FAILED, null, null, null, null, null,
                            "读取时出错（" + c + "）", "请把该文件报告给 Gongkai 维护者");
                }
                group.add(p);
                if (group.full()) group.commit();
            }
            group.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            group.abandon();
            parsers.shutdownNow();
        }
        return summary.build(Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * The documents written since the last commit, in one open transaction, each inside a savepoint of its own;
     * their outcomes are held back until the commit succeeds.
     */
    private final class Group {
        private final Summary summary;
        private final boolean reread;
        private final List<Outcome> pending = new ArrayList<>();
        private Handle handle;
        private long bytes;
        private long opened;

        Group(Summary summary, boolean reread) {
            this.summary = summary;
            this.reread = reread;
        }

        void add(Parsed p) {
            if (handle == null) {
                store.beginWriting();
                try {
                    handle = store.jdbi().open();
                    handle.begin();
                } catch (RuntimeException e) {
                    if (handle != null) close();
                    else store.endWriting();
                    Outcome o = failed(p, e);
                    recordFailureAlone(o.origin(), o.reason(), o.advice());
                    report(o);
                    return;
                }
                opened = System.nanoTime();
                bytes = 0;
            }
            if (p.bytes() != null) bytes += p.bytes().length;
            try {
                handle.savepoint("document");
            } catch (RuntimeException e) {
                pending.add(failed(p, e));
                fail(e);
                return;
            }
            Outcome o;
            try {
                o = write(handle, p, reread);
                handle.releaseSavepoint("document");
            } catch (RuntimeException e) {
                o = failed(p, e);
                try {
                    handle.rollbackToSavepoint("document");
                    recordFailure(handle, o.origin(), o.reason(), o.advice());
                } catch (RuntimeException lost) {
                    // the connection itself is gone: nothing of this group can be committed
                    pending.add(o);
                    fail(lost);
                    return;
                }
            }
            pending.add(o);
        }

        private static Outcome failed(Parsed p, RuntimeException e) {
            // one line for people; the stack trace for whoever turns on debug logging
            LOG.warn("storing {} failed: {}", p.origin(), Store.rootMessage(e));
            LOG.debug("storing {} failed", p.origin(), e);
            return new Outcome(p.origin(), p.sha256(), Kind.FAILED, "failed", "保存失败（" + Store.rootMessage(e) + "）",
                    "已回滚该文件；重新运行同一命令即可补全", null);
        }

        boolean full() {
            return pending.size() >= GROUP_DOCUMENTS || bytes >= GROUP_BYTES
                    || handle != null && System.nanoTime() - opened >= GROUP_MILLIS * 1_000_000;
        }

        void commit() {
            if (handle == null) return;
            try {
                beforeGroupCommit.accept(pending.stream().map(Outcome::origin).toList());
                handle.commit();
            } catch (RuntimeException e) {
                fail(e);
                return;
            }
            close();
            for (Outcome o : pending) report(o);
            pending.clear();
        }

        /** The group could not be committed: every document in it failed, for the same reason. */
        private void fail(RuntimeException e) {
            LOG.warn("committing {} documents failed: {}", pending.size(), Store.rootMessage(e));
            LOG.debug("committing failed", e);
            abandon();
            String reason = "保存失败（" + Store.rootMessage(e) + "）";
            String advice = "数据库未写入该文件；排除数据库问题后重新运行同一命令即可补全";
            List<Outcome> lost = List.copyOf(pending);
            pending.clear();
            for (Outcome o : lost) {
                // a file that had failed on its own keeps its own reason; its record was rolled back with the rest
                Outcome failed = o.kind() == Kind.FAILED ? o
                        : new Outcome(o.origin(), o.sha256(), Kind.FAILED, "failed", reason, advice, null);
                recordFailureAlone(failed.origin(), failed.reason(), failed.advice());
                report(failed);
            }
        }

        /** Rolls back whatever is not committed. */
        void abandon() {
            if (handle == null) return;
            try {
                handle.rollback();
            } catch (RuntimeException ignored) {
                // the connection is closed below in any case
            }
            close();
        }

        private void close() {
            try {
                handle.close();
            } catch (RuntimeException ignored) {
                // a broken connection: the pool replaces it
            } finally {
                handle = null;
                store.endWriting();
            }
        }

        private void report(Outcome o) {
            summary.add(o);
            listener.finished(o);
        }
    }

    private static <T> void put(BlockingQueue<T> q, T item) {
        try {
            q.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    // ----------------------------------------------------------------------------------------- the parsers

    private Parsed readFile(Path path) {
        String origin = origin(path);
        String name = path.getFileName() == null ? origin : path.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > Gongkai.MAX_BYTES) {
                return failed(origin, "文件过大（" + size / (1024 * 1024) + " MB）", "单个报告文件不应超过 200 MB");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return failed(origin, "文件不存在", "请检查路径是否正确");
        } catch (AccessDeniedException e) {
            return failed(origin, "没有读取权限", "请检查文件权限");
        } catch (IOException e) {
            return failed(origin, "无法读取文件（" + e.getMessage() + "）", "请检查文件是否完整、可读");
        }
        String sha = Gongkai.sha256(bytes);
        Optional<Reports.Existing> known = store.jdbi().withHandle(h -> Reports.byDocument(h, sha));
        if (known.isPresent()) {
            Kind kind = known.get().extractorVersion() >= Gongkai.EXTRACTOR_VERSION ? Kind.UNCHANGED : Kind.STALE;
            return new Parsed(origin, sha, kind, name, null, null, null, null, null, null);
        }
        return parse(origin, name, sha, bytes, Kind.STORED);
    }

    private Parsed rereadStored(String sha) {
        record Stored(String source, String name, byte[] content) {}
        Stored s = store.jdbi().withHandle(h -> h.createQuery("""
                        select r.source, d.original_name, d.content from document d join report r on r.document_sha256 = d.sha256
                        where d.sha256 = :sha
                        """).bind("sha", sha)
                .map((rs, ctx) -> new Stored(rs.getString(1), rs.getString(2), rs.getBytes(3))).one());
        return parse(s.source(), s.name(), sha, s.content(), Kind.REREAD);
    }

    private static Parsed parse(String origin, String name, String sha, byte[] bytes, Kind kind) {
        String mediaType = Format.sniff(bytes).mediaType();
        try {
            Report r = Gongkai.read(bytes, origin);
            String reason = null;
            if (r.status() != ReportStatus.PARSED) {
                for (Finding f : r.findings()) if (f.kind() == FindingKind.READING) { reason = f.message(); break; }
            }
            return new Parsed(origin, sha, kind, name, mediaType, bytes, r, r.status(), reason, null);
        } catch (UnreadableDocumentException e) {
            return new Parsed(origin, sha, kind, name, mediaType, bytes, null, e.status(), e.reason(), e.advice());
        } catch (RuntimeException | StackOverflowError e) {
            // a reader's bug must not stop the batch; the document is kept for a later, fixed extractor
            return new Parsed(origin, sha, kind, name, mediaType, bytes, null, ReportStatus.UNREADABLE,
                    "读取时出错（" + e + "）", "请把该文件报告给 Gongkai 维护者");
        }
    }

    private static Parsed failed(String origin, String reason, String advice) {
        return new Parsed(origin, null, Kind.FAILED, null, null, null, null, null, reason, advice);
    }

    // ------------------------------------------------------------------------------------------ the writer

    /** Writes one document (or records one failed file) with the handle of the open group. */
    private Outcome write(Handle h, Parsed p, boolean reread) {
        if (p.kind() == Kind.FAILED) {
            recordFailure(h, p.origin(), p.reason(), p.advice());
            return new Outcome(p.origin(), p.sha256(), Kind.FAILED, "failed", p.reason(), p.advice(), null);
        }
        if (p.kind() == Kind.UNCHANGED || p.kind() == Kind.STALE) {
            addOrigin(h, p.sha256(), p.origin());
            clearFailure(h, p.origin());
            Long id = Reports.byDocument(h, p.sha256()).map(Reports.Existing::id).orElse(null);
            return new Outcome(p.origin(), p.sha256(), p.kind(), null, null,
                    p.kind() == Kind.STALE ? "运行 gongkai reparse 用新版本重新读取" : null, id);
        }
        Optional<Reports.Existing> existing = Reports.byDocument(h, p.sha256());
        if (existing.isPresent() && !reread) {
            // the same bytes twice in one batch: the first copy was stored a moment ago
            addOrigin(h, p.sha256(), p.origin());
            clearFailure(h, p.origin());
            return new Outcome(p.origin(), p.sha256(), Kind.UNCHANGED, null, null, null, existing.get().id());
        }
        if (existing.isEmpty()) {
            h.createUpdate("""
                            insert into document (sha256, size_bytes, media_type, original_name, content)
                            values (:sha, :size, :type, :name, :content)
                            """)
                    .bind("sha", p.sha256()).bind("size", (long) p.bytes().length).bind("type", p.mediaType())
                    .bind("name", truncate(p.name(), 500)).bind("content", p.bytes()).execute();
            addOrigin(h, p.sha256(), p.origin());
        }
        Report r = p.report();
        Long organ = null;
        if (r != null) {
            String overview = r.sections().get("overview");
            if (overview != null && overview.length() > 2000) overview = overview.substring(0, 2000);
            organ = Organs.identify(h, resolver, r.agency(), overview);
        }
        Reports.ReportRow row = new Reports.ReportRow(organ, p.origin(),
                r == null ? null : truncate(r.agency(), 300), r == null ? null : r.year(),
                r == null ? null : r.templateId(), p.status().id(), truncate(p.reason(), 2000),
                truncate(p.advice(), 2000), Gongkai.EXTRACTOR_VERSION);
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            Reports.update(h, id, row);
        } else {
            id = Reports.insert(h, p.sha256(), row);
        }
        if (r != null) Reports.insertContent(h, id, r);
        History.recompute(h, organ, store.rules());
        Long before = existing.map(Reports.Existing::organId).orElse(null);
        if (before != null && !before.equals(organ)) History.recompute(h, before, store.rules());
        clearFailure(h, p.origin());
        beforeCommit.accept(p.origin());
        return new Outcome(p.origin(), p.sha256(), existing.isPresent() ? Kind.REREAD : Kind.STORED,
                p.status().id(), p.reason(), p.advice(), id);
    }

    private static void addOrigin(Handle h, String sha, String origin) {
        int n = h.createQuery("select count(*) from document_origin where sha256 = :sha and origin = :o")
                .bind("sha", sha).bind("o", origin).mapTo(Integer.class).one();
        if (n == 0) h.createUpdate("insert into document_origin (sha256, origin) values (:sha, :o)").bind("sha", sha).bind("o", origin).execute();
    }

    private static void clearFailure(Handle h, String origin) {
        h.createUpdate("delete from failed_file where origin = :o").bind("o", origin).execute();
    }

    private static void recordFailure(Handle h, String origin, String reason, String advice) {
        clearFailure(h, origin);
        h.createUpdate("insert into failed_file (origin, reason, advice) values (:o, :r, :a)")
                .bind("o", truncate(origin, 800)).bind("r", truncate(reason, 2000)).bind("a", truncate(advice, 2000)).execute();
    }

    /** Records a failure in a transaction of its own, after its group could not be committed. */
    private void recordFailureAlone(String origin, String reason, String advice) {
        try {
            store.write(h -> recordFailure(h, origin, reason, advice));
        } catch (RuntimeException ignored) {
            // the outcome still names the file in the summary; the database may be what failed
        }
    }

    // ----------------------------------------------------------------------------------------- the walker

    /** Absolute and normalised, so one file is one origin however it was named; long paths keep their end. */
    static String origin(Path p) {
        String s = p.toAbsolutePath().normalize().toString();
        return s.length() <= 800 ? s : "…" + s.substring(s.length() - 799);
    }

    private static long count(Path p) {
        long[] n = {0};
        walk(p, x -> n[0]++);
        return n[0];
    }

    /** Every regular file under a path, in name order, skipping hidden files; a missing path is passed on as is. */
    private static void walk(Path p, Consumer<Path> out) {
        if (!Files.isDirectory(p)) {
            out.accept(p);
            return;
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
            for (Path c : ds) if (!c.getFileName().toString().startsWith(".")) children.add(c);
        } catch (IOException e) {
            out.accept(p);
            return;
        }
        Collections.sort(children);
        for (Path c : children) walk(c, out);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    // ---------------------------------------------------------------------------------------- the summary

    private static final class Summary {
        long files;
        final Map<String, Long> byKind = new LinkedHashMap<>();
        final Map<String, Long> byStatus = new TreeMap<>();
        final Map<String, Long> byReason = new TreeMap<>();
        final List<Outcome> problems = new ArrayList<>();

        void add(Outcome o) {
            files++;
            byKind.merge(o.kind().id(), 1L, Long::sum);
            if (o.status() != null) byStatus.merge(o.status(), 1L, Long::sum);
            if (o.reason() != null) byReason.merge(o.reason(), 1L, Long::sum);
            if (o.reason() != null && problems.size() < MAX_LISTED) problems.add(o);
        }

        IngestSummary build(Duration elapsed) {
            Map<String, Long> kinds = new LinkedHashMap<>();
            for (Kind k : Kind.values()) if (byKind.containsKey(k.id())) kinds.put(k.id(), byKind.get(k.id()));
            return new IngestSummary(files, Collections.unmodifiableMap(kinds), Collections.unmodifiableMap(byStatus),
                    Collections.unmodifiableMap(byReason), List.copyOf(problems), elapsed);
        }
    }

}
