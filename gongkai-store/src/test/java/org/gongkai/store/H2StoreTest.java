package org.gongkai.store;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The store contract on embedded H2 in PostgreSQL mode, a fresh file database per test. */
class H2StoreTest extends StoreContract {
    @Override
    String newDatabase() { return tmp.resolve("db").toString(); }

    @Test
    void compactingRewritesTheFileWithEveryRowKept() {
        ingest(Seeds.copy(tmp.resolve("seeds")));
        store.ingest().threads(2).run(List.of(SyntheticCorpus.write(tmp.resolve("corpus"), 40)));
        store.ingest().threads(2).reparse(true); // rewrites every report: the old rows are garbage in the file
        var before = DatabaseDump.of(store);
        store.close();
        store = null;

        Store.Compaction c = Store.compact(newDatabase()).orElseThrow();

        assertThat(c.file()).isEqualTo(tmp.resolve("db").toAbsolutePath().resolve("gongkai.mv.db"));
        assertThat(c.bytesAfter()).isLessThan(c.bytesBefore());
        store = Store.open(newDatabase());
        assertThat(DatabaseDump.of(store)).isEqualTo(before);
        DatabaseDump.assertConsistent(store);
    }

    @Test
    void postgresqlNeedsNoCompacting() {
        assertThat(Store.compact("jdbc:postgresql://localhost/gongkai")).isEmpty();
    }
}
