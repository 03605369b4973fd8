package org.gongkai.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The process killed mid-batch (SIGKILL, no shutdown hooks): the database stays consistent and running the
 * same ingest again completes it.
 */
abstract class KilledIngestContract {
    static final int FILES = 80;

    @TempDir
    Path tmp;

    abstract String newDatabase();

    @Test
    void aKilledBatchLeavesAConsistentDatabaseAndARerunCompletesIt() throws Exception {
        Path corpus = SyntheticCorpus.write(tmp.resolve("corpus"), FILES);
        String db = newDatabase();
        try (Store store = Store.open(db)) {
            // schema in place before the child starts, so that the kill lands in ingest, not in migration
            assertThat(store.list(ReportFilter.all())).isEmpty();
        }

        int stored = ForkedIngest.killAfterStored(db, corpus, 20, 0);
        assertThat(stored).as("the child stored files before it was killed").isEqualTo(20);

        try (Store store = Store.open(db)) {
            DatabaseDump.assertConsistent(store);
            int before = store.list(ReportFilter.all()).size();
            // a file is reported stored once its group is committed, and a commit is in the file when it returns:
            // all 20 survive the kill; documents of the group being written when it came are gone whole
            assertThat(before).isBetween(20, FILES - 1);

            IngestSummary rerun = store.ingest().threads(2).run(List.of(corpus));

            assertThat(rerun.count(Ingest.Kind.STORED)).isEqualTo(FILES - before);
            assertThat(rerun.count(Ingest.Kind.UNCHANGED)).isEqualTo(before);
            assertThat(store.list(ReportFilter.all())).hasSize(FILES).allSatisfy(r -> assertThat(r.status()).isEqualTo("parsed"));
            DatabaseDump.assertConsistent(store);
        }
    }
}
