package org.gongkai.app;

import org.gongkai.store.SyntheticCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code gongkai bench-corpus --count N -o DIR}: writes a corpus for measuring ingest (see BENCHMARKS.md). */
@Command(name = "bench-corpus", hidden = true,
        description = "生成用于测量读取速度与内存的报告集（由示例报告变换数字、机关与年度得到）")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--count", defaultValue = "10000", paramLabel = "N", description = "报告数量")
    int count;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "输出目录")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SyntheticCorpus.write(dir, count);
        spec.commandLine().getOut().println("已生成 " + count + " 份报告到 " + dir);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
