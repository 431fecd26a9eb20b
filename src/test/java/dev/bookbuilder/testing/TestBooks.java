package dev.bookbuilder.testing;

import dev.bookbuilder.build.BookBuilder;
import dev.bookbuilder.build.BuildRequest;
import dev.bookbuilder.build.BuildResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The books the tests build: the course itself and small fixture books. Each is built once per test run. */
public final class TestBooks {
    /** A fixed build time, as SOURCE_DATE_EPOCH would give. */
    public static final Instant BUILD_TIME = Instant.parse("2024-07-23T08:00:00Z");
    public static final Path COURSE = Path.of("chapters");
    public static final Path TINY = Path.of("src/test/resources/books/tiny/chapters");

    private static final Map<Path, Path> BUILT = new ConcurrentHashMap<>();
    private static final Map<Path, Path> PRINTED = new ConcurrentHashMap<>();

    private TestBooks() {
    }

    /** A folder for books built once per JVM, deleted when the JVM ends (test runs had left hundreds in /tmp). */
    private static Path temporary(String prefix) throws IOException {
        Path dir = java.nio.file.Files.createTempDirectory(prefix);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (java.util.stream.Stream<Path> all = java.nio.file.Files.walk(dir)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // best effort: the system's temp cleaner takes what is left
            }
        }));
        return dir;
    }

    /** Builds every edition of {@code source} (once per JVM) and returns the output folder. */
    public static Path built(Path source) {
        return BUILT.computeIfAbsent(source.toAbsolutePath().normalize(), s -> {
            try {
                Path out = temporary("book-out-");
                build(s, out, BUILD_TIME);
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Builds only the complete edition's PDF of {@code source} (once per JVM), for tests that read nothing else. */
    public static Path printed(Path source, String bookId) {
        Path all = BUILT.get(source.toAbsolutePath().normalize());
        if (all != null) {
            return all.resolve(bookId + "-complete.pdf");
        }
        return PRINTED.computeIfAbsent(source.toAbsolutePath().normalize(), s -> {
            try {
                Path out = temporary("book-pdf-");
                new BookBuilder("test").build(new BuildRequest(s, out, List.of("complete"), java.util.Set.of("pdf"), BUILD_TIME), line -> { });
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).resolve(bookId + "-complete.pdf");
    }

    public static BuildResult build(Path source, Path out, Instant time) throws IOException {
        return new BookBuilder("test").build(new BuildRequest(source, out, List.of(), java.util.Set.of(), time), line -> { });
    }

    public static Path epub(Path source, String bookId, String edition) {
        return built(source).resolve(bookId + "-" + edition + ".epub");
    }

    public static Path pdf(Path source, String bookId, String edition) {
        return built(source).resolve(bookId + "-" + edition + ".pdf");
    }
}
