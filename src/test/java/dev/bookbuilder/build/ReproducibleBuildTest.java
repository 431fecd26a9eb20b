package dev.bookbuilder.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/** Same sources and SOURCE_DATE_EPOCH, same bytes; and a failed write keeps the last good file. */
@Tag("fast")
class ReproducibleBuildTest {

    @Test
    void twoBuildsWithTheSameTimeAreByteIdentical(@TempDir Path a, @TempDir Path b) throws IOException {
        TestBooks.build(TestBooks.TINY, a, TestBooks.BUILD_TIME);
        TestBooks.build(TestBooks.TINY, b, TestBooks.BUILD_TIME);
        for (String name : List.of("tiny-complete.epub", "tiny-beta-only.epub")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
    }

    @Test
    void theBuildTimeIsWhatChangesTheBytes(@TempDir Path a, @TempDir Path b) throws IOException {
        TestBooks.build(TestBooks.TINY, a, TestBooks.BUILD_TIME);
        TestBooks.build(TestBooks.TINY, b, Instant.parse("2025-01-01T00:00:00Z"));
        assertFalse(Arrays.equals(Files.readAllBytes(a.resolve("tiny-complete.epub")),
                Files.readAllBytes(b.resolve("tiny-complete.epub"))));
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
