package org.gongkai.app.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import org.gongkai.store.Store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;

/**
 * The Gongkai web server. It listens on localhost unless told otherwise; anywhere else, write actions
 * (upload, review) need the token, because anyone who can reach the port could otherwise fill the store.
 * <pre>{@code
 * try (Store store = Store.open("gongkai-data");
 *      WebServer web = WebServer.start(store, WebServer.options().port(8080))) {
 *     System.out.println(web.url());
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {
    /** Uploads larger than this are refused with 413; reports are rarely above a few MB. */
    public static final long DEFAULT_MAX_UPLOAD = 50L * 1024 * 1024;

    /** How the server is started. */
    public record Options(String host, int port, String token, long maxUpload, Path uploadDir) {
        public Options port(int p) { return new Options(host, p, token, maxUpload, uploadDir); }

        public Options host(String h) { return new Options(h, port, token, maxUpload, uploadDir); }

        /** The token write actions must carry; null means none is asked for (localhost only). */
        public Options token(String t) { return new Options(host, port, t, maxUpload, uploadDir); }

        public Options maxUpload(long bytes) { return new Options(host, port, token, bytes, uploadDir); }

        /** Where uploaded files are kept, each under its SHA-256. */
        public Options uploadDir(Path dir) { return new Options(host, port, token, maxUpload, dir); }
    }

    public static Options options() {
        return new Options("127.0.0.1", 8080, null, DEFAULT_MAX_UPLOAD, Path.of(Store.DEFAULT_LOCATION, "uploads"));
    }

    private final Javalin app;
    private final Options options;

    private WebServer(Javalin app, Options options) {
        this.app = app;
        this.options = options;
    }

    /**
     * Starts serving.
     *
     * @throws IllegalArgumentException when the server would listen beyond localhost without a token
     */
    public static WebServer start(Store store, Options o) {
        if (!isLoopback(o.host()) && (o.token() == null || o.token().isBlank())) {
            throw new IllegalArgumentException("在 " + o.host() + " 上监听时必须设置令牌（--token 或环境变量 GONGKAI_TOKEN），"
                    + "否则任何能访问该端口的人都能上传和审核");
        }
        TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html, WebServer.class.getClassLoader(),
                WebServer.class.getPackageName());
        Guard guard = new Guard(o.token());
        Uploads uploads = new Uploads(store, o.uploadDir(), o.maxUpload());
        Api api = new Api(store, guard, uploads);
        Pages pages = new Pages(store, templates, guard, uploads);
        Javalin app = Javalin.create(c -> {
            c.jetty.host = o.host();
            c.jetty.port = o.port();
            c.startup.showJavalinBanner = false;
            // the upload handler counts bytes itself so it can answer 413 with a reason
            c.http.maxRequestSize = o.maxUpload() + 1;
            c.staticFiles.add(s -> {
                s.hostedPath = "/static";
                s.directory = "/web/static";
                s.location = Location.CLASSPATH;
            });
            c.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'");
                // same-origin, not no-referrer: with no-referrer the browser sends "Origin: null" and the write guard cannot tell
                ctx.header("Referrer-Policy", "same-origin");
            });
            api.routes(c.routes);
            pages.routes(c.routes);
        });
        app.start();
        return new WebServer(app, o);
    }

    /** The address to open in a browser. */
    public String url() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        if (host.equals("0.0.0.0")) host = "localhost";
        return "http://" + host + ":" + app.port() + "/";
    }

    public int port() { return app.port(); }

    @Override
    public void close() { app.stop(); }

    static boolean isLoopback(String host) {
        if (host == null || host.equals("localhost")) return true;
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
