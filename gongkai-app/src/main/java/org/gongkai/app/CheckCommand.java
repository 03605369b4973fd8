package org.gongkai.app;

import org.gongkai.Gongkai;
import org.gongkai.core.json.ReportJson;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Report;
import org.gongkai.core.rules.RuleEngine;
import org.gongkai.extract.UnreadableDocumentException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code gongkai check FILE...|DIR [--json]}: reads and checks reports, with the cross-year rules between
 * consecutive years of the same organ. Exit status 1 when a report breaks a rule (an error of kind report),
 * so an organ can gate publishing on it; 2 when an input could not be read (that wins, since the check
 * is then incomplete); 0 otherwise.
 */
@Command(name = "check", description = "检查年度报告是否符合模板规则（同一机关相邻年度互相核对）/ Check reports against every rule of the template.")
final class CheckCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int REPORT_ERRORS = 1;
    static final int UNREADABLE = 2;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "报告文件或目录（目录递归读取）")
    List<Path> inputs;

    @Option(names = "--json", description = "输出规范 JSON 数组（含 findings）")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean unreadable = false;
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            try {
                files.addAll(expand(p));
            } catch (IOException e) {
                unreadable = true;
                err.println(p + ": 无法读取目录（" + e.getMessage() + "）");
            }
        }
        List<Report> reports = new ArrayList<>();
        for (Path f : files) {
            try {
                reports.add(Gongkai.read(f));
            } catch (UnreadableDocumentException e) {
                unreadable = true;
                err.println(f + ": " + e.getMessage());
            } catch (RuntimeException e) {
                // one broken file must not stop a batch
                unreadable = true;
                err.println(f + ": 读取失败（" + e + "）");
            }
        }
        reports = RuleEngine.standard().checkAcrossYears(reports);
        List<Report> sorted = new ArrayList<>();
        for (Report r : reports) sorted.add(r.toBuilder().clearFindings().findings(errorsFirst(r.findings())).build());

        if (json) {
            out.println(ReportJson.writeAll(sorted, true));
        } else {
            int errors = 0;
            for (Report r : sorted) {
                out.println("== " + r.source() + "　" + (r.agency() == null ? "（机关未写明）" : r.agency())
                        + "　" + (r.year() == null ? "（年度未知）" : r.year() + " 年度") + "　状态：" + r.status().id());
                out.print(TablePrinter.findings(r));
                errors += (int) r.findings().stream().filter(Finding::isReportError).count();
            }
            out.println("共检查 " + sorted.size() + " 份报告，报告错误 " + errors + " 处"
                    + (unreadable ? "；有文件无法读取" : ""));
        }
        out.flush();
        if (unreadable) return UNREADABLE;
        return sorted.stream().anyMatch(Report::hasReportErrors) ? REPORT_ERRORS : OK;
    }

    /** A file as it is; a directory as its regular, non-hidden files, recursively, in name order. */
    static List<Path> expand(Path p) throws IOException {
        if (!Files.isDirectory(p)) return List.of(p);
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> !hidden(p.relativize(f)))
                    .sorted()
                    .toList();
        }
    }

    private static boolean hidden(Path relative) {
        for (Path name : relative) if (name.toString().startsWith(".")) return true;
        return false;
    }

    /** Errors, then warnings, then notes; within a severity, the report's order (the order of the rules). */
    static List<Finding> errorsFirst(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(Comparator.comparing(Finding::severity));
        return out;
    }
}
