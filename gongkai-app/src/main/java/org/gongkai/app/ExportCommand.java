package org.gongkai.app;

import org.gongkai.store.Exporter;
import org.gongkai.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code gongkai export --to csv|xlsx|json -o FILE}: the stored reports for analysis. */
@Command(name = "export", description = "导出已存报告：CSV（宽表或长表）、XLSX（每个模板一张表）、JSON / Export stored reports.")
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "csv、xlsx 或 json")
    String to;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "输出文件")
    Path output;

    @Option(names = "--long", description = "长表：每个单元格一行（报告、单元格、值、原文），仅 CSV")
    boolean longForm;

    @Option(names = "--region", paramLabel = "R", description = "行政区划：代码（32、320281）或名称（江苏省、江阴）")
    String region;

    @Option(names = "--year", paramLabel = "Y", description = "报告年度")
    Integer year;

    @Option(names = "--template", paramLabel = "T", description = "模板：2019 或 2021")
    String template;

    @Mixin
    DbOption db;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Exporter.Format format = Exporter.Format.parse(to);
        var filter = DbOption.filter(region, year, template);
        try (Store store = db.open()) {
            long n = store.exporter().export(format, longForm ? Exporter.Shape.LONG : Exporter.Shape.WIDE, filter, output);
            spec.commandLine().getOut().println("已导出 " + n + " 份报告到 " + output);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
