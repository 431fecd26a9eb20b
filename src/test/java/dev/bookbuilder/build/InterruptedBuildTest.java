package dev.bookbuilder.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed while it writes (kill -9, SIGTERM) leaves the previous good books in out/ intact; its
 * temporary files go with it (SIGTERM: the shutdown hook) or with the next build (kill -9: the sweep).
 * Each build runs in a child JVM, as `./book build` does.
 */
class InterruptedBuildTest {

    /** Starts a build as ./book does: with a fresh temp folder of its own below {@code tmp}. */
    private static Process start(Path out, Path tmp, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path own = Files.createTempDirectory(tmp, TempFiles.PRIVATE_PREFIX);
        List<String> cmd = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-Djava.io.tmpdir=" + own,
                "-cp", System.getProperty("java.class.path"), "dev.bookbuilder.cli.Main",
                "build", "--source", TestBooks.TINY.toString(), "--out", out.toString(), "--format", "epub", "--force"));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SOURCE_DATE_EPOCH", "1721721600");
        return pb.start();
    }

    private static Map<String, String> books(Path out) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : s.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                hashes.put(p.getFileName().toString(), BuildManifest.hash(p));
            }
        }
        return hashes;
    }

    private static List<String> hidden(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".") && n.endsWith(suffix)).toList();
        }
    }

    /** Waits until the child is writing a book (its part file exists), or fails after a minute. */
    private static void awaitWriting(Process p, Path out, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (hidden(out, ".part").isEmpty()) {
            assertTrue(p.isAlive(), "the build ended before it wrote: " + Files.readString(log));
            assertTrue(System.nanoTime() < deadline, "the build never started writing: " + Files.readString(log));
            Thread.sleep(5);
        }
    }

    private static long count(Path tmp) throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.count();
        }
    }

    private static int finish(Path out, Path tmp, Path log) throws Exception {
        Process next = start(out, tmp, log);
        assertTrue(next.waitFor(5, TimeUnit.MINUTES));
        return next.exitValue();
    }

    @Test
    void killedBuildsLeaveTheLastGoodBooksAndTheirLitterIsCleanedUp(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path log = dir.resolve("log.txt");
        assertEquals(0, finish(out, tmp, log), Files.readString(log));
        Map<String, String> good = books(out);
        assertEquals(List.of("tiny-beta-only.epub", "tiny-complete.epub"), List.copyOf(good.keySet()));

        // kill -9 while a book is being written: no hook runs, the part file and the temp folder stay...
        Process killed = start(out, tmp, log);
        awaitWriting(killed, out, log);
        killed.destroyForcibly().waitFor();
        assertEquals(good, books(out), "the previous books are intact");
        assertEquals(1, count(tmp), "(the killed build's temp folder is left)");

        // ...until the next build, which sweeps both and writes the books again.
        assertEquals(0, finish(out, tmp, log), Files.readString(log));
        assertEquals(List.of(), hidden(out, ".part"));
        assertEquals(0, count(tmp), "the killed build's temp folder is swept, the next one's gone with it");
        assertEquals(good, books(out), "the same books, rebuilt");

        // SIGTERM: the shutdown hook removes the part file and the temp folder at once.
        Process stopped = start(out, tmp, log);
        awaitWriting(stopped, out, log);
        stopped.destroy();
        assertTrue(stopped.waitFor(1, TimeUnit.MINUTES));
        assertEquals(List.of(), hidden(out, ".part"), "SIGTERM leaves no part file");
        assertEquals(List.of(), hidden(out, ".lock"), "nor the lock file");
        assertEquals(good, books(out));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(), s.toList(), "nothing left in the temp folder");
        }
    }
}
