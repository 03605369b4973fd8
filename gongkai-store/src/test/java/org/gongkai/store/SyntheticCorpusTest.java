package org.gongkai.store;

import org.gongkai.Gongkai;
import org.gongkai.core.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticCorpusTest {
    @TempDir
    Path tmp;

    @Test
    void everyFileIsADistinctReportOfItsOwnOrganAndYear() throws Exception {
        SyntheticCorpus.write(tmp, 40);
        List<Path> files;
        try (var walk = Files.walk(tmp)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSize(40);
        Set<String> shas = new HashSet<>();
        Set<String> organYears = new HashSet<>();
        for (Path f : files) {
            Report r = Gongkai.read(f);
            assertThat(r.status().id()).as(f.toString()).isEqualTo("parsed");
            shas.add(r.sha256());
            organYears.add(r.agency() + r.year());
        }
        assertThat(shas).hasSize(40);
        assertThat(organYears).hasSize(40);
    }
}
