package dev.bookbuilder.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** The open pages' server-sent-event streams: each gets the state on connecting, then every rebuild. */
final class LiveEvents {
    /** A comment line now and then, so that a closed page is noticed and its thread freed. */
    private static final long KEEP_ALIVE_SECONDS = 15;

    private final CopyOnWriteArrayList<BlockingQueue<String>> clients = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /** Sends an event to every open page. */
    void send(String event, String json) {
        String message = "event: " + event + "\ndata: " + json + "\n\n";
        clients.forEach(q -> q.offer(message));
    }

    /** Serves one page's stream until the page goes away or the server stops; {@code hello} is the first event's data. */
    void stream(HttpExchange exchange, Supplier<String> hello) throws IOException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            write(out, "retry: 500\nevent: hello\ndata: " + hello.get() + "\n\n");
            while (!closed) {
                String message = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                write(out, message == null ? ": still here\n\n" : message);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the page was closed or reloaded
        } finally {
            clients.remove(queue);
        }
    }

    int open() {
        return clients.size();
    }

    void close() {
        closed = true;
        clients.forEach(q -> q.offer(": bye\n\n"));
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
