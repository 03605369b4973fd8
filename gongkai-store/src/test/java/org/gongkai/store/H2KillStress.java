package org.gongkai.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Kills ingest into a fresh H2 database many times, each time after a random number of stored files, and checks
 * the database after every kill: consistent, every file reported stored still there, and a rerun completing it.
 * The build runs one such kill (H2KilledIngestTest); damage that shows once in tens of kills needs this loop,
 * best with the machine loaded. Run with the test class path:
 * <pre>{@code java -cp <test class path> org.gongkai.store.H2KillStress RUNS [SEED]}</pre>
 */
public final class H2KillStress {
    private H2KillStress() {}

    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Path root = Files.createTempDirectory("gongkai-kill");
        int files = KilledIngestContract.FILES;
        Path corpus = SyntheticCorpus.write(root.resolve("corpus"), files);
        Random rnd = new Random(seed);
        int broken = 0;
        for (int i = 0; i < runs; i++) {
            String db = root.resolve("db" + i).toString();
            try (Store s = Store.open(db)) {
                s.list(ReportFilter.all());
            }
            int target = 1 + rnd.nextInt(files - 10);
            int stored = ForkedIngest.killAfterStored(db, corpus, target, rnd.nextInt(40));
            String result;
            try (Store s = Store.open(db)) {
                DatabaseDump.assertConsistent(s);
                int kept = s.list(ReportFilter.all()).size();
                if (kept < stored) throw new AssertionError(stored + " files reported stored, " + kept + " kept");
                IngestSummary rerun = s.ingest().threads(2).run(List.of(corpus));
                DatabaseDump.assertConsistent(s);
                if (s.list(ReportFilter.all()).size() != files) throw new AssertionError("rerun left " + rerun.byKind());
                result = "ok: killed after " + stored + " stored, kept " + kept + ", rerun " + rerun.byKind();
            } catch (Throwable t) {
                broken++;
                result = "BROKEN: killed after " + stored + " stored: " + t;
            }
            System.out.println("run " + i + " " + result);
            System.out.flush();
            delete(Path.of(db));
        }
        System.out.println("seed " + seed + ": broken " + broken + " of " + runs);
    }

    private static void delete(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
