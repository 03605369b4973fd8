package org.gongkai.store;

import java.nio.file.Path;
import java.util.List;

/**
 * Ingest in a JVM of its own, for the tests that bound its heap or kill it: prints one line per stored file
 * (so the test knows when it is mid-batch) and the summary.
 */
public final class IngestMain {
    private IngestMain() {}

    public static void main(String[] args) {
        try (Store store = Store.open(args[0])) {
            IngestSummary s = store.ingest().threads(2).listener(new Ingest.Listener() {
                @Override
                public void finished(Ingest.Outcome o) {
                    System.out.println(o.kind().id() + " " + (o.kind() == Ingest.Kind.FAILED ? o.describe() : o.origin()));
                    System.out.flush();
                }
            }).run(List.of(Path.of(args[1])));
            System.out.println("summary " + s.byKind() + " " + s.byStatus());
            Runtime rt = Runtime.getRuntime();
            System.out.println("heap max " + rt.maxMemory() / (1024 * 1024) + " MB");
            System.exit(s.count(Ingest.Kind.FAILED) > 0 ? 1 : 0);
        }
    }
}
