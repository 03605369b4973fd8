package org.gongkai.app;

import org.gongkai.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code gongkai compact}: rewrites the embedded database's file with only its live data. */
@Command(name = "compact", description = "压缩内嵌数据库文件（大批导入后文件中有大量已废弃的页）/ Rewrite the embedded database file with its live data only.")
final class CompactCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<Store.Compaction> done = Store.compact(db.db);
        if (done.isEmpty()) {
            out.println("PostgreSQL 数据库由其自身回收空间（autovacuum），无需压缩");
            return 0;
        }
        out.println(describe(done.get()));
        return 0;
    }

    /** 「压缩数据库文件 …/gongkai.mv.db：1699.8 MB → 277.9 MB（用时 8.2 秒）」 */
    static String describe(Store.Compaction c) {
        return String.format(Locale.ROOT, "压缩数据库文件 %s：%s → %s（用时 %.1f 秒）", c.file(), size(c.bytesBefore()),
                size(c.bytesAfter()), c.took().toMillis() / 1000.0);
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)) : String.format(Locale.ROOT, "%d KB", bytes / 1024);
    }
}
