package org.gongkai.store;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Killing ingest on the embedded H2 file database; and ingest in a 256 MB heap. */
class H2KilledIngestTest extends KilledIngestContract {
    @Override
    String newDatabase() { return tmp.resolve("db").toString(); }

    /**
     * Documents are streamed, not held: a batch passes through a JVM limited to 256 MB. The 10,000-report run
     * with its time and peak heap is measured by hand (BENCHMARKS.md); this one keeps the bound from regressing.
     */
    @Test
    void ingestRunsInA256MegabyteHeap() throws Exception {
        int files = 120;
        Path corpus = SyntheticCorpus.write(tmp.resolve("big"), files);
        String db = tmp.resolve("bigdb").toString();

        Process child = ForkedIngest.start(db, corpus, "256m");
        List<String> out = new ArrayList<>();
        try (BufferedReader r = ForkedIngest.lines(child)) {
            String line;
            while ((line = r.readLine()) != null) out.add(line);
        }
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(child.exitValue()).as(String.join("\n", out.subList(Math.max(0, out.size() - 20), out.size()))).isZero();
        assertThat(out).filteredOn(l -> l.startsWith("stored ")).hasSize(files);
        try (Store store = Store.open(db)) {
            assertThat(store.list(ReportFilter.all())).hasSize(files);
            DatabaseDump.assertConsistent(store);
        }
    }
}
