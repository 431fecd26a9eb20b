package dev.bookbuilder.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.testing.Chromium;
import dev.bookbuilder.testing.TestBooks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real browser on a served page: after a save the page reloads by itself (nobody but its script asks for it again). */
class BrowserReloadTest {
    @Test
    void theOpenPageReloadsItselfAfterASave(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Chromium.available(), "no Chromium at " + Chromium.BINARY + ": the browser reload test is skipped");
        Path chapters = TinyCopy.into(dir.resolve("book"));
        List<String> requests = new CopyOnWriteArrayList<>();
        try (PreviewServer server = new PreviewServer(chapters, "complete", "test", TestBooks.BUILD_TIME, "127.0.0.1", 0,
                new PrintWriter(new StringWriter()))) {
            server.onRequest(requests::add);
            server.start();
            // The profile lives outside the test's temp folder: Chromium's helper processes may still write to
            // it for a moment after the browser is stopped, and JUnit would then fail to delete the folder.
            Path profile = Files.createTempDirectory("bookbuilder-chromium-");
            Process browser = new ProcessBuilder(Chromium.BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--user-data-dir=" + profile, "--remote-debugging-port=0", server.address() + "first.html")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                assertTrue(waitFor(() -> requests.contains(Overlay.EVENTS_PATH), 60),
                        "the page opened its event stream; requests: " + requests);
                long before = requests.stream().filter("/first.html"::equals).count();
                TinyCopy.append(chapters.resolve("01-alpha/01-first.md"), "浏览器应当自己重新载入。");
                assertTrue(waitFor(() -> requests.stream().filter("/first.html"::equals).count() > before, 30),
                        "the browser asked for the page again by itself; requests: " + requests);
            } finally {
                List<ProcessHandle> helpers = browser.descendants().toList();
                browser.destroy();
                if (!browser.waitFor(10, TimeUnit.SECONDS)) {
                    browser.destroyForcibly();
                }
                for (ProcessHandle h : helpers) {
                    h.destroyForcibly();
                    try {
                        h.onExit().get(10, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                        // gone, or stuck: either way not this test's verdict
                    }
                }
                deleteQuietly(profile);
            }
        }
    }

    private static boolean waitFor(BooleanSupplier condition, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // a browser's left-over in the temp folder is not the test's concern
        }
    }
}
