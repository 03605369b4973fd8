package org.gongkai.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

    static BufferedReader lines(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }
}
