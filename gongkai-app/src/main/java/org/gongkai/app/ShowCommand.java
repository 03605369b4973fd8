package org.gongkai.app;

import org.gongkai.core.json.ReportJson;
import org.gongkai.core.report.Report;
import org.gongkai.store.Organs;
import org.gongkai.store.ReportSummary;
import org.gongkai.store.Store;
import org.gongkai.store.StoredFinding;
import org.gongkai.store.region.Region;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code gongkai show ID}: one stored report's tables and findings, with their review. */
@Command(name = "show", description = "显示一份已存报告的统计表和问题 / Show a stored report's tables and findings.")
final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "报告编号（见 gongkai list）")
    long id;

    @Mixin
    DbOption db;

    @Option(names = "--json", description = "输出规范 JSON")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        try (Store store = db.open()) {
            Report report = store.report(id).orElse(null);
            if (report == null) {
                err.println("gongkai: 没有编号为 " + id + " 的报告；请用 gongkai list 查看");
                return 2;
            }
            if (json) {
                out.println(ReportJson.write(report));
                out.flush();
                return 0;
            }
            ReportSummary s = store.summary(id).orElseThrow();
            if (s.organId() != null) {
                Organs.Organ o = store.organs().get(s.organId()).orElseThrow();
                String where = o.region().isEmpty()
                        ? (o.candidates().isEmpty() ? "区划未定" : "区划未定，可能是 " + o.candidates().stream().map(Region::toString).collect(Collectors.joining("、")))
                        : o.region().stream().map(Region::name).collect(Collectors.joining(" "));
                out.println("机关编号 " + o.id() + "：" + o.name() + "（" + where + (o.sector() == null ? "" : "，" + o.sector()) + "）");
            }
            if (s.reason() != null) out.println("原因：" + s.reason());
            out.print(TablePrinter.print(report));
            if (!store.findings(id).isEmpty()) {
                out.println();
                out.println("问题的审核状态（gongkai review " + id + " 序号或键 confirmed|dismissed）：");
                int n = 0;
                for (StoredFinding f : store.findings(id)) {
                    out.println("  [" + ++n + "] " + f.finding().rule() + " " + f.state().id() + "  键 " + f.key()
                            + (f.previousReportId() == null ? "" : "  对照报告 " + f.previousReportId())
                            + (f.note() == null ? "" : "  备注：" + f.note())
                            + (f.reviewer() == null ? "" : "（" + f.reviewer() + "）"));
                }
            }
            out.flush();
            return 0;
        }
    }
}
