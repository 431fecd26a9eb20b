package dev.bookbuilder.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} on a free port, over a copy of the small book that the test edits. */
@Tag("fast")
class ServeTest {
    private final HttpClient client = HttpClient.newHttpClient();
    private final StringWriter log = new StringWriter();
    private PreviewServer server;
    private Path question;

    @BeforeEach
    void start(@TempDir Path dir) throws IOException {
        Path chapters = TinyCopy.into(dir);
        question = chapters.resolve("01-alpha/01-first.md");
        server = new PreviewServer(chapters, "complete", "test", TestBooks.BUILD_TIME, "127.0.0.1", 0, new PrintWriter(log, true));
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anEditIsServedWithinTwoSeconds() throws Exception {
        HttpResponse<String> page = get("first.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("第一问：什么是注意力？"), "the question is served");
        assertTrue(page.body().contains("<script src=\"/_bookbuilder/reload.js\"></script>"), "with the reload script, in serve mode");
        assertEquals(200, get("").statusCode(), "the title page at /");
        assertTrue(server.address().getHost().equals("127.0.0.1"), "this machine only");

        TinyCopy.append(question, "编辑后新加的一句话甲乙丙。");
        long start = System.nanoTime();
        String served = until(p -> p.contains("编辑后新加的一句话甲乙丙"), Duration.ofSeconds(2));
        assertTrue(served.contains("编辑后新加的一句话甲乙丙"), "the edit was served " + (System.nanoTime() - start) / 1_000_000
                + " ms after the save (allowed: 2000); log:\n" + log);
    }

    @Test
    void aBrokenSaveKeepsTheLastGoodPageAndShowsWhere() throws Exception {
        TinyCopy.append(question, "引用一篇不存在的文献 [@no-such-key]。");
        String served = until(p -> p.contains("bookbuilder-overlay"), Duration.ofSeconds(5));
        assertTrue(served.contains("01-first.md:"), "the overlay names the file and line: " + served);
        assertTrue(served.contains("no-such-key"));
        assertTrue(served.contains("第一问：什么是注意力？"), "the last good page stays");
        assertFalse(served.contains("引用一篇不存在的文献"), "the broken text is not served");
    }

    @Test
    void onlyBuiltFilesAreServed() throws Exception {
        assertEquals(404, get("../book.yml").statusCode());
        assertEquals(404, get("no-such-page.html").statusCode());
        assertTrue(get("styles/web.css").headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }

    /** The question's page, fetched again and again until it passes or the time is up. */
    private String until(Predicate<String> test, Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        String body = get("first.html").body();
        while (!test.test(body) && System.nanoTime() < end) {
            Thread.sleep(50);
            body = get("first.html").body();
        }
        return body;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = URI.create(server.address() + path);
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
