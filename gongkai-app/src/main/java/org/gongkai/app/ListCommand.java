package org.gongkai.app;

import org.gongkai.store.ReportFilter;
import org.gongkai.store.ReportSummary;
import org.gongkai.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code gongkai list}: the stored reports, one line each. */
@Command(name = "list", description = "列出数据库中的报告 / List stored reports.")
final class ListCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--region", paramLabel = "R", description = "行政区划：代码（32、320281）或名称（江苏省、江阴）")
    String region;

    @Option(names = "--year", paramLabel = "Y", description = "报告年度")
    Integer year;

    @Option(names = "--template", paramLabel = "T", description = "模板：2019 或 2021")
    String template;

    @Option(names = "--status", paramLabel = "S", description = "状态：parsed、partial、tables-missing、unreadable")
    String status;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ReportFilter filter = DbOption.filter(region, year, template);
        var out = spec.commandLine().getOut();
        try (Store store = db.open()) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("编号", "机关", "区划", "年度", "模板", "状态", "错误", "问题", "来源 / 原因"));
            for (ReportSummary s : store.list(filter)) {
                if (status != null && !status.equals(s.status())) continue;
                rows.add(List.of(Long.toString(s.id()), s.organ() == null ? "（未署名）" : s.organ(),
                        s.regionCode() == null ? "" : s.regionCode(), s.year() == null ? "" : s.year().toString(),
                        s.template() == null ? "" : s.template(), s.status(), Integer.toString(s.errors()),
                        Integer.toString(s.findings()), s.reason() == null ? s.source() : s.source() + "：" + s.reason()));
            }
            for (List<String> r : rows) out.println(String.join("\t", r));
            out.flush();
            return 0;
        }
    }
}
