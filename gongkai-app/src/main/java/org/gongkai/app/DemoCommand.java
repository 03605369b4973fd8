package org.gongkai.app;

import org.gongkai.Gongkai;
import org.gongkai.app.web.WebServer;
import org.gongkai.core.report.Report;
import org.gongkai.store.IngestSummary;
import org.gongkai.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code gongkai demo}: reads and checks the bundled sample reports and prints their tables, then keeps them in a
 * fresh embedded database and serves the web pages over it. {@code --no-serve} (or GONGKAI_DEMO_NO_SERVE) stops
 * after storing, for scripts and tests that cannot wait on a server.
 */
@Command(name = "demo", description = "读取并检查随附的示例报告，存入新的内嵌数据库并启动网页界面 / Parse the bundled samples, store them and serve them.")
final class DemoCommand implements Callable<Integer> {
    static final List<String> SAMPLES = List.of(
            "jiangyin-eco-2020.txt", "district-eco-2020.txt", "changzhou-eco-2021.txt",
            "jingjiang-park-2020.txt", "yanchi-eco-2020.txt");

    @Option(names = "--no-serve", description = "只读取并存入数据库，不启动网页界面")
    boolean noServe;

    @Option(names = "--port", defaultValue = "8080", description = "端口（默认 8080；0 表示任选一个空闲端口）")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        var out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("gongkai-demo");
        Path reports = Files.createDirectories(dir.resolve("samples"));
        for (String name : SAMPLES) {
            try (InputStream in = DemoCommand.class.getResourceAsStream("/samples/" + name)) {
                if (in == null) throw new IllegalStateException("bundled sample missing: " + name);
                byte[] bytes = in.readAllBytes();
                Files.write(reports.resolve(name), bytes);
                Report r = Gongkai.read(bytes, "samples/" + name);
                out.println(TablePrinter.print(r));
            }
        }
        Store store = Store.open(dir.resolve("db").toString());
        IngestSummary s = store.ingest().threads(1).run(List.of(reports));
        out.println("已将 " + s.files() + " 份示例报告存入 " + dir.resolve("db"));
        out.flush();
        if (noServe || System.getenv("GONGKAI_DEMO_NO_SERVE") != null) {
            store.close();
            return 0;
        }
        ServeCommand.serve(spec, store, WebServer.options().port(port).uploadDir(dir.resolve("uploads")));
        return 0;
    }
}
