package org.gongkai.app;

import org.gongkai.app.web.WebServer;
import org.gongkai.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code gongkai serve}: the web pages and the REST API over a store. */
@Command(name = "serve", description = "启动网页界面与 REST API / Serve the web pages and the REST API.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--port", defaultValue = "8080", description = "端口（默认 8080；0 表示任选一个空闲端口）")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "监听地址（默认只在本机）；其他地址需要 --token 或环境变量 GONGKAI_TOKEN")
    String host;

    @Option(names = "--token", description = "上传与审核所需的令牌（默认取环境变量 GONGKAI_TOKEN）")
    String token;

    @Option(names = "--max-upload-mb", defaultValue = "50", description = "单个上传文件的上限（MB，默认 50）")
    long maxUploadMb;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        String t = token != null ? token : System.getenv("GONGKAI_TOKEN");
        Store store = db.open();
        Path uploads = db.db.startsWith("jdbc:") ? Path.of(Store.DEFAULT_LOCATION, "uploads") : Path.of(db.db, "uploads");
        serve(spec, store, WebServer.options().host(host).port(port).token(t).maxUpload(maxUploadMb * 1024 * 1024).uploadDir(uploads));
        return 0;
    }

    /** Starts the server, says where it is, and runs until the process is stopped. */
    static void serve(CommandLine.Model.CommandSpec spec, Store store, WebServer.Options options) throws InterruptedException {
        WebServer web;
        try {
            web = WebServer.start(store, options);
        } catch (IllegalArgumentException e) {
            store.close();
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        var out = spec.commandLine().getOut();
        out.println("公开 Gongkai 已启动：" + web.url());
        out.println("数据库 " + store.url() + (options.token() != null ? "；上传与审核需要令牌" : "") + "。按 Ctrl+C 停止。");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            web.close();
            store.close();
            stopped.countDown();
        }, "gongkai-stop"));
        stopped.await();
    }
}
