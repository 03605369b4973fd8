package org.gongkai.app;

import org.gongkai.Gongkai;
import org.gongkai.core.json.ReportJson;
import org.gongkai.core.report.Report;
import org.gongkai.extract.UnreadableDocumentException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code gongkai parse FILE... [--json | --table]} */
@Command(name = "parse", description = "读取年度报告，输出规范 JSON 或三张统计表 / Read reports into the template's cells.")
final class ParseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "报告文件（HTML、PDF、DOC/DOCX 或纯文本）")
    List<Path> files;

    @CommandLine.ArgGroup
    Output output = new Output();

    static final class Output {
        @Option(names = "--json", description = "输出规范 JSON（多个文件时为数组）")
        boolean json;

        @Option(names = "--table", description = "以表格显示二、三、四部分（默认）")
        boolean table;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        List<Report> reports = new ArrayList<>();
        boolean failed = false;
        for (Path f : files) {
            try {
                Report r = Gongkai.read(f);
                reports.add(r);
                if (!output.json) out.print(TablePrinter.print(r));
            } catch (UnreadableDocumentException e) {
                failed = true;
                err.println(f + ": " + e.getMessage());
            }
        }
        if (output.json && !reports.isEmpty()) {
            out.println(reports.size() == 1 && files.size() == 1 ? ReportJson.write(reports.get(0))
                    : ReportJson.writeAll(reports, true));
        }
        out.flush();
        return failed ? 2 : 0;
    }
}
