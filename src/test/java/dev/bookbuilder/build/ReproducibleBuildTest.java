package dev.bookbuilder.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bookbuilder.testing.TestBooks;
import dev.bookbuilder.testing.Tier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/**
 * Same sources and SOURCE_DATE_EPOCH, same bytes; and a failed write keeps the last good file. The tiny book is
 * built three times (twice at one time, once at another): the EPUBs in the fast tier, the EPUBs and PDFs in the full one.
 */
@Tag("fast")
class ReproducibleBuildTest {
    @TempDir
    static Path out;
    private static Path first;
    private static Path second;
    private static Path later;

    @BeforeAll
    static void buildThreeTimes() throws IOException {
        first = build("first", TestBooks.BUILD_TIME);
        second = build("second", TestBooks.BUILD_TIME);
        later = build("later", Instant.parse("2025-01-01T00:00:00Z"));
    }

    private static Path build(String name, Instant time) throws IOException {
        Path dir = out.resolve(name);
        new BookBuilder("test").build(new BuildRequest(TestBooks.TINY, dir, List.of(), Tier.formats(), time), line -> { });
        return dir;
    }

    @Test
    void twoBuildsWithTheSameTimeAreByteIdentical() throws IOException {
        List<String> books = new ArrayList<>(List.of("tiny-beta-only.epub", "tiny-complete.epub"));
        if (!Tier.fast()) {
            books.addAll(List.of("tiny-beta-only.pdf", "tiny-complete.pdf"));
        }
        try (Stream<Path> files = Files.list(first)) {
            assertEquals(books.stream().sorted().toList(),
                    files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList());
        }
        for (String name : books) {
            assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
        }
    }

    @Test
    void theBuildTimeIsWhatChangesTheBytes() throws IOException {
        assertFalse(Arrays.equals(Files.readAllBytes(first.resolve("tiny-complete.epub")),
                Files.readAllBytes(later.resolve("tiny-complete.epub"))));
    }

    @Test
    void sourceDateEpochWins() {
        assertEquals(Instant.ofEpochSecond(1721721600), BuildClock.resolve(java.util.Map.of("SOURCE_DATE_EPOCH", "1721721600"), Path.of(".")));
        assertThrows(IllegalArgumentException.class, () -> BuildClock.resolve(java.util.Map.of("SOURCE_DATE_EPOCH", "yesterday"), Path.of(".")));
    }

    @Test
    void aFailedWriteKeepsTheLastGoodFileAndLeavesNoPart(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("book.epub");
        AtomicOutput.write(target, out -> out.write("good".getBytes()));
        assertThrows(IOException.class, () -> AtomicOutput.write(target, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("good", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("book.epub"), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
