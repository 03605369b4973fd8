package org.gongkai.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.gongkai.core.report.Report;
import org.gongkai.core.rules.RuleEngine;
import org.gongkai.store.region.OrganResolver;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A Gongkai database: an H2 file in a directory (the default, {@code ./gongkai-data/}) or a PostgreSQL
 * database given by its {@code jdbc:postgresql://} URL. Opening it brings the schema up to date.
 * <pre>{@code
 * try (Store store = Store.open("gongkai-data")) {
 *     IngestSummary s = store.ingest().run(List.of(Path.of("reports/")));
 *     store.list(ReportFilter.all()).forEach(System.out::println);
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {
    /** The directory used when none is given. */
    public static final String DEFAULT_LOCATION = "gongkai-data";

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final String url;
    private volatile RuleEngine rules = RuleEngine.standard();
    private final boolean embedded;
    private final ReentrantLock writing = new ReentrantLock();

    private Store(HikariDataSource dataSource, String url) {
        this.dataSource = dataSource;
        this.url = url;
        this.jdbi = Jdbi.create(dataSource);
        this.embedded = url.startsWith("jdbc:h2:");
    }

    /**
     * Opens (creating if needed) the database at a directory or JDBC URL.
     *
     * @param location a directory for an embedded H2 database, or a {@code jdbc:} URL
     */
    public static Store open(String location) { return open(location, null, null); }

    /** Opens a database that needs a user name and password (PostgreSQL). */
    public static Store open(String location, String user, String password) {
        String url = jdbcUrl(location);
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(url);
        if (user != null) c.setUsername(user);
        if (password != null) c.setPassword(password);
        c.setPoolName("gongkai");
        // parse workers look documents up while the writer writes
        c.setMaximumPoolSize(Math.max(4, Runtime.getRuntime().availableProcessors() + 2));
        c.setMinimumIdle(1);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(c);
        } catch (RuntimeException e) {
            throw new StoreException("无法打开数据库 " + redact(url) + "（" + rootMessage(e) + "）",
                    "请检查 --db 参数：一个目录，或 jdbc:postgresql://主机/库?user=…&password=…", e);
        }
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/gongkai")
                    .placeholders(java.util.Map.of("binary", url.startsWith("jdbc:h2:") ? "binary large object" : "bytea"))
                    .load().migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw new StoreException("数据库结构升级失败（" + rootMessage(e) + "）", "请确认该数据库是 Gongkai 的数据库", e);
        }
        return new Store(ds, url);
    }

    /**
     * A directory becomes an H2 file URL in PostgreSQL mode; a jdbc: URL is used as given.
     * <p>
     * {@code WRITE_DELAY=0}: H2 writes every commit to its file in the committing thread. With its default
     * (a background thread storing changes every half second, while transactions are still writing) a
     * process killed in the middle of an ingest could leave the file with an index entry whose row was
     * missing; and a commit already reported as stored could be lost. So that no commit is written out while
     * another thread is half-way through its changes, transactions that write take turns on H2
     * ({@link #beginWriting()}). The cost: without the background thread's housekeeping the file holds more
     * garbage (about twice the size after a large ingest; BENCHMARKS.md), which {@link #compact} removes.
     */
    static String jdbcUrl(String location) {
        String loc = location(location);
        return embeddedDirectory(loc).map(dir -> "jdbc:h2:file:" + dir.resolve("gongkai")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0").orElse(loc);
    }

    private static String location(String location) {
        return location == null || location.isBlank() ? DEFAULT_LOCATION : location.strip();
    }

    /** The directory of an embedded database; empty for a {@code jdbc:} URL. */
    private static Optional<Path> embeddedDirectory(String location) {
        return location.startsWith("jdbc:") ? Optional.empty() : Optional.of(Path.of(location).toAbsolutePath().normalize());
    }

    /**
     * Waits for this process's other writers: on embedded H2 one transaction writes at a time (every web request,
     * command and ingest of one process); PostgreSQL handles concurrent writers itself. Pair with
     * {@link #endWriting()} on the same thread.
     */
    void beginWriting() {
        if (embedded) writing.lock();
    }

    void endWriting() {
        if (embedded) writing.unlock();
    }

    /** A transaction that writes, taking its turn ({@link #beginWriting()}). */
    void write(HandleConsumer<RuntimeException> work) {
        beginWriting();
        try {
            jdbi.useTransaction(work);
        } finally {
            endWriting();
        }
    }

    /** What compacting an embedded database did to its file. */
    public record Compaction(Path file, long bytesBefore, long bytesAfter, Duration took) {}

    /**
     * Rewrites an embedded H2 database's file with only its live data (H2's {@code SHUTDOWN COMPACT}): large
     * ingests leave much of the file garbage (see {@link #jdbcUrl}). The database must not be open anywhere
     * else, this process included. Empty for a {@code jdbc:} URL: PostgreSQL reclaims space itself.
     */
    public static Optional<Compaction> compact(String location) {
        String loc = location(location);
        Optional<Path> dir = embeddedDirectory(loc);
        if (dir.isEmpty()) return Optional.empty();
        Path file = dir.get().resolve("gongkai.mv.db");
        if (!Files.isRegularFile(file)) {
            throw new StoreException("没有数据库文件 " + file, "请用 --db 指向 gongkai ingest 建立的数据库目录", null);
        }
        open(loc).close(); // a locked or foreign file fails here, with the reason and what to do
        long started = System.nanoTime();
        try {
            long before = Files.size(file);
            try (Connection c = DriverManager.getConnection(jdbcUrl(loc)); Statement st = c.createStatement()) {
                st.execute("shutdown compact");
            }
            return Optional.of(new Compaction(file, before, Files.size(file), Duration.ofNanos(System.nanoTime() - started)));
        } catch (SQLException | IOException e) {
            throw new StoreException("压缩数据库失败（" + rootMessage(e) + "）", "H2 先写新文件再替换，原文件仍在；请确认没有其他进程在使用它后重试", e);
        }
    }

    /** The JDBC URL, without any password in it. */
    public String url() { return redact(url); }

    Jdbi jdbi() { return jdbi; }

    RuleEngine rules() { return rules; }

    /** Replaces the rules run across years (tests use a rule set of their own). */
    Store rules(RuleEngine engine) { this.rules = engine; return this; }

    /** Reads files and directories into the store. */
    public Ingest ingest() { return new Ingest(this, OrganResolver.standard()); }

    /** The stored reports that pass the filter, oldest first. */
    public List<ReportSummary> list(ReportFilter filter) {
        return jdbi.withHandle(h -> Reports.list(h, filter));
    }

    /** A stored report as read, with its findings (including those against the organ's previous year). */
    public Optional<Report> report(long id) {
        return jdbi.withHandle(h -> Reports.load(h, id));
    }

    /** The bytes of a stored document, by SHA-256: what a report was read from, for showing its source. */
    public Optional<byte[]> document(String sha256) {
        return jdbi.withHandle(h -> h.createQuery("select content from document where sha256 = :sha")
                .bind("sha", sha256).map((rs, ctx) -> rs.getBytes(1)).findOne());
    }

    /** One stored report's summary. */
    public Optional<ReportSummary> summary(long id) {
        return jdbi.withHandle(h -> Reports.summary(h, id));
    }

    /** The findings of a report with their stable keys and review state. */
    public List<StoredFinding> findings(long reportId) {
        return jdbi.withHandle(h -> Findings.list(h, reportId));
    }

    /**
     * Records a person's decision on a finding. It is kept under the finding's stable key, so it survives
     * re-reading the report.
     */
    public void review(long reportId, String findingKey, ReviewState state, String note, String reviewer) {
        write(h -> Findings.review(h, reportId, findingKey, state, note, reviewer));
    }

    /** Organs, their regions and candidates. */
    public Organs organs() { return new Organs(this, OrganResolver.standard().regions(), rules); }

    /** Exports the stored reports. */
    public Exporter exporter() { return new Exporter(jdbi, OrganResolver.standard().regions()); }

    @Override
    public void close() { dataSource.close(); }

    static String redact(String url) { return url.replaceAll("(?i)(password=)[^&;]*", "$1***"); }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
        int nl = m.indexOf('\n');
        if (nl > 0) m = m.substring(0, nl);
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }
}
