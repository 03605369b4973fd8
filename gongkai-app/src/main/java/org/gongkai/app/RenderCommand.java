package org.gongkai.app;

import org.gongkai.core.json.ReportJson;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Report;
import org.gongkai.render.BrokenReportException;
import org.gongkai.render.RenderFormat;
import org.gongkai.render.ReportRenderer;
import org.gongkai.render.Skeleton;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code gongkai render REPORT.json --to html|docx|pdf -o FILE [--allow-errors]} and
 * {@code gongkai render --blank --template 2021}.
 */
@Command(name = "render", description = "按官方格式输出年度报告（HTML、Word、PDF），或输出空白报告 JSON / "
        + "Write a report in the official layout, or print a blank report JSON to fill in.")
final class RenderCommand implements Callable<Integer> {
    @Parameters(paramLabel = "REPORT.json", arity = "0..1", description = "规范 JSON 格式的报告")
    Path report;

    @Option(names = "--to", paramLabel = "FORMAT", description = "html、docx、pdf 或 txt（默认按 -o 的扩展名）")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "输出文件")
    Path output;

    @Option(names = "--allow-errors", description = "即使数字不符合 R1–R4 也照样输出")
    boolean allowErrors;

    @Option(names = "--blank", description = "输出一份空白报告 JSON（所有单元格为 null），供填写")
    boolean blank;

    @Option(names = "--template", paramLabel = "2019|2021", description = "空白报告所用模板（默认 2021）")
    String template = "2021";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (blank) {
            String json = Skeleton.json(template) + "\n";
            if (output == null) out.print(json); else Files.writeString(output, json, StandardCharsets.UTF_8);
            out.flush();
            return 0;
        }
        if (report == null || output == null) {
            err.println("gongkai render: 需要报告 JSON 和 -o 输出文件，例如 gongkai render report.json --to pdf -o report.pdf");
            return 2;
        }
        RenderFormat format = RenderFormat.of(to != null ? to : extension(output));
        Report r;
        try {
            r = ReportJson.read(Files.readString(report, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            err.println(report + ": " + e.getMessage());
            return 2;
        }
        ReportRenderer renderer = allowErrors ? ReportRenderer.allowingErrors() : ReportRenderer.strict();
        try {
            Files.write(output, renderer.render(r, format));
        } catch (BrokenReportException e) {
            err.println(report + ": " + e.getMessage());
            for (Finding f : e.findings()) err.println("  " + f.rule() + " " + f.message());
            return 1;
        }
        out.println(output);
        out.flush();
        return 0;
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        if (dot < 0) throw new CommandLine.ParameterException(new CommandLine(new RenderCommand()), "请用 --to 指明格式");
        return n.substring(dot + 1);
    }
}
