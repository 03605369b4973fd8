package org.gongkai.app;

import org.gongkai.store.ReviewState;
import org.gongkai.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code gongkai review REPORT KEY STATE}: a person's decision on a finding, kept across re-reading. */
@Command(name = "review", description = "审核一个问题：confirmed（确认）、dismissed（排除）或 open / Review a finding.")
final class ReviewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "REPORT", description = "报告编号")
    long report;

    @Parameters(index = "1", paramLabel = "KEY", description = "问题的序号或键（见 gongkai show）")
    String key;

    @Parameters(index = "2", paramLabel = "STATE", description = "open、confirmed 或 dismissed")
    String state;

    @Option(names = "--note", paramLabel = "TEXT", description = "备注")
    String note;

    @Option(names = "--by", paramLabel = "WHO", description = "审核人")
    String by = System.getProperty("user.name");

    @Mixin
    DbOption db;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Store store = db.open()) {
            String k = key;
            if (key.matches("\\d{1,4}")) {
                // the number gongkai show prints before each finding
                var findings = store.findings(report);
                int n = Integer.parseInt(key);
                if (n < 1 || n > findings.size()) {
                    throw new IllegalArgumentException("报告 " + report + " 没有第 " + n + " 个问题；请用 gongkai show " + report + " 查看");
                }
                k = findings.get(n - 1).key();
            }
            store.review(report, k, ReviewState.parse(state), note, by);
        }
        spec.commandLine().getOut().println("已记录：报告 " + report + " " + key + " → " + state);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
