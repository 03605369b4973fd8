package org.gongkai.app;

import org.gongkai.Gongkai;
import org.gongkai.store.Ingest;
import org.gongkai.store.IngestSummary;
import org.gongkai.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code gongkai reparse}: reads again what an older extractor read. */
@Command(name = "reparse", description = "用当前版本重新读取旧版本读过的文件（审核意见保留）/ Re-read documents an older extractor read.")
final class ReparseCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--all", description = "重新读取全部文件，而不只是旧版本读过的")
    boolean all;

    @Option(names = "--threads", paramLabel = "N", description = "解析线程数（默认：全部 CPU 核）")
    Integer threads;

    @Option(names = "--no-progress", description = "不显示进度条")
    boolean noProgress;

    @Option(names = "--no-compact", description = "重新读取很多文件后也不压缩内嵌数据库文件")
    boolean noCompact;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        IngestSummary s;
        try (Store store = db.open()) {
            Ingest ingest = store.ingest();
            if (threads != null) ingest.threads(threads);
            spec.commandLine().getOut().println("读取程序版本 " + Gongkai.EXTRACTOR_VERSION);
            s = IngestCommand.run(ingest, noProgress, spec, i -> i.reparse(all));
        }
        IngestCommand.compactAfter(s, db.db, noCompact, spec);
        return IngestCommand.status(s);
    }
}
