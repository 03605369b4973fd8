package org.gongkai.app;

import org.gongkai.core.template.TemplateCatalogue;
import org.gongkai.render.RenderFormat;
import org.gongkai.render.synth.CorpusWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code gongkai synth --count N --template 2019|2021 --formats txt,html,docx,pdf --out DIR [--seed S]} */
@Command(name = "synth", description = "生成合成年度报告语料（附真值 JSON）/ Generate a synthetic corpus with its truth JSON.")
final class SynthCommand implements Callable<Integer> {
    @Option(names = "--count", required = true, paramLabel = "N", description = "报告份数")
    int count;

    @Option(names = "--template", paramLabel = "2019|2021", description = "模板（默认两种交替）")
    String template;

    @Option(names = "--formats", split = ",", paramLabel = "txt,html,docx,pdf", description = "输出格式，轮流使用（默认 txt,html,docx,pdf）")
    List<String> formats = List.of("txt", "html", "docx", "pdf");

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出目录")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "并行线程数（默认为处理器核数；结果与线程数无关）")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seed", paramLabel = "S", description = "随机种子（同一种子生成同样的语料，默认 1）")
    long seed = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<RenderFormat> fs = new ArrayList<>();
        for (String f : formats) fs.add(RenderFormat.of(f));
        List<String> templates = template == null ? List.of(TemplateCatalogue.T2019, TemplateCatalogue.T2021) : List.of(template);
        for (String t : templates) TemplateCatalogue.standard().require(t);
        long start = System.nanoTime();
        var entries = new CorpusWriter(fs, templates, seed).write(out, count, threads);
        Map<String, Integer> byKind = new TreeMap<>();
        for (var e : entries) byKind.merge(e.format().extension() + " " + e.accident().name().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
        var o = spec.commandLine().getOut();
        o.printf("%d 份报告已写入 %s（%.1f s）%n", entries.size(), out, (System.nanoTime() - start) / 1e9);
        byKind.forEach((k, n) -> o.printf("  %-32s %d%n", k, n));
        o.flush();
        return 0;
    }
}
