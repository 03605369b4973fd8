package org.gongkai.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts {@link IngestMain} in a JVM of its own. */
final class ForkedIngest {
    private ForkedIngest() {}

    static Process start(String db, Path dir, String maxHeap) throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8", "-cp", cp,
                IngestMain.class.getName(), db, dir.toString()));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /**
     * Runs an ingest in its own JVM and kills it (SIGKILL, no shutdown hooks) once it has reported {@code n}
     * files stored, after a further {@code pauseMillis}; returns how many it reported (fewer if it ended first).
     */
    static int killAfterStored(String db, Path dir, int n, long pauseMillis) throws IOException, InterruptedException {
        Process child = start(db, dir, "256m");
        int stored = 0;
        try (BufferedReader out = lines(child)) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("stored ") && ++stored == n) break;
            }
            if (pauseMillis > 0) Thread.sleep(pauseMillis);
            child.destroyForcibly();
            if (!child.waitFor(60, TimeUnit.SECONDS)) throw new IllegalStateException("the killed ingest did not end");
        }
        return stored;
    }

    static BufferedReader lines(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }
}
