package dev.bookbuilder.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.bookbuilder.diag.BuildFailedException;
import dev.bookbuilder.diag.Diagnostic;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * {@code book serve}: one edition's web site built in memory and served over HTTP (the JDK's server),
 * rebuilt after each save in the sources or styles/; open pages reload themselves through server-sent
 * events. When a save breaks the build, the last good site stays and its pages show the errors.
 */
public final class PreviewServer implements Closeable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif",
            "webp", "image/webp", "js", "text/javascript; charset=utf-8");

    private final PreviewBuild builder;
    private final Path source;
    private final PrintWriter log;
    private final LiveEvents events = new LiveEvents();
    private final HttpServer http;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "book-serve");
        t.setDaemon(true);
        return t;
    });
    private volatile Site site = new Site(new TreeMap<>());
    private volatile List<Diagnostic> problems = List.of();
    private volatile long version;
    private volatile boolean closed;
    private volatile Consumer<String> requests = path -> { };

    /** Binds {@code host:port} (port 0: any free one); nothing is built or served before {@link #start()}. */
    public PreviewServer(Path source, String editionId, String version, Instant buildTime, String host, int port, PrintWriter log)
            throws IOException {
        this.source = source;
        this.builder = new PreviewBuild(source, editionId, version, buildTime);
        this.log = log;
        this.http = HttpServer.create(new InetSocketAddress(host, port), 0);
        http.setExecutor(threads);
        http.createContext("/", this::serve);
    }

    /** Builds the site, starts serving, and rebuilds after each change until {@link #close()}. */
    public void start() throws IOException {
        rebuild();
        SourceWatcher watcher = new SourceWatcher(source);
        http.start();
        threads.execute(() -> {
            try (watcher) {
                while (!closed) {
                    Set<Path> changed = watcher.next(250);
                    if (!changed.isEmpty() && !closed) {
                        rebuild();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                log.println("error: the sources are no longer watched: " + e.getMessage());
            }
        });
    }

    public URI address() {
        InetSocketAddress a = http.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    /** Tells {@code listener} the path of every request served (tests see a page reload itself). */
    public void onRequest(Consumer<String> listener) {
        this.requests = listener;
    }

    /** Builds again; on success the pages that changed reload, on errors the open pages show them. */
    synchronized void rebuild() {
        long start = System.nanoTime();
        try {
            Site next = builder.build();
            Set<String> changed = next.changedSince(site);
            site = next;
            problems = List.of();
            version++;
            events.send("rebuilt", "{\"version\":" + version + ",\"changed\":["
                    + String.join(",", changed.stream().map(Overlay::json).toList()) + "]}");
            log.printf(Locale.ROOT, "built in %,d ms: %d page(s) parsed, %d file(s) changed%n", (System.nanoTime() - start) / 1_000_000,
                    builder.pagesParsed(), changed.size());
        } catch (BuildFailedException e) {
            problems = e.diagnostics().sorted();
            version++;
            events.send("problems", state());
            problems.forEach(d -> log.println(d.format(Path.of(""))));
            log.println("build failed: the last good pages stay served");
        } catch (RuntimeException e) {
            log.println("error: " + e);
        }
        log.flush();
    }

    private String state() {
        return "{\"version\":" + version + ",\"overlay\":" + Overlay.json(Overlay.html(problems, Path.of(""))) + "}";
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requests.accept(path);
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "GET only".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(Overlay.EVENTS_PATH)) {
                events.stream(exchange, this::state);
                return;
            }
            if (path.equals(Overlay.SCRIPT_PATH)) {
                send(exchange, 200, TYPES.get("js"), SiteBuilder.resource("reload.js"));
                return;
            }
            String name = path.equals("/") ? SiteNames.INDEX : path.substring(1);
            byte[] file = site.files().get(name);
            if (file == null && name.equals(SiteNames.INDEX)) { // the first build failed: show why
                file = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>book serve</title></head><body></body></html>"
                        .getBytes(StandardCharsets.UTF_8);
            }
            if (file == null) {
                send(exchange, 404, TYPES.get("html"), Overlay.inject(("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Not found</title>"
                        + "</head><body><p>No page " + org.jsoup.nodes.Entities.escape(name) + " in this edition. <a href=\"/\">Home</a></p></body></html>")
                        .getBytes(StandardCharsets.UTF_8), Overlay.html(problems, Path.of(""))));
                return;
            }
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            boolean html = ext.equals("html");
            send(exchange, 200, TYPES.getOrDefault(ext, "application/octet-stream"),
                    html ? Overlay.inject(file, Overlay.html(problems, Path.of(""))) : file);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        events.close();
        http.stop(0);
        threads.shutdownNow();
    }
}
