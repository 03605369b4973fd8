package org.gongkai.app;

import org.gongkai.Gongkai;
import org.gongkai.core.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code gongkai demo}: reads and checks the bundled sample reports and prints their tables. */
@Command(name = "demo", description = "读取并检查随附的示例报告，显示其统计表 / Parse and check the bundled sample reports.")
final class DemoCommand implements Callable<Integer> {
    static final List<String> SAMPLES = List.of(
            "jiangyin-eco-2020.txt", "district-eco-2020.txt", "changzhou-eco-2021.txt",
            "jingjiang-park-2020.txt", "yanchi-eco-2020.txt");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        for (String name : SAMPLES) {
            try (InputStream in = DemoCommand.class.getResourceAsStream("/samples/" + name)) {
                if (in == null) throw new IllegalStateException("bundled sample missing: " + name);
                Report r = Gongkai.read(in.readAllBytes(), "samples/" + name);
                out.println(TablePrinter.print(r));
            }
        }
        out.flush();
        return 0;
    }
}
