package dev.bookbuilder.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.cache.ContentCache;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deflated entries kept across builds: the bytes a fresh compression makes, and never an entry that is not this content's. */
@Tag("fast")
class DeflatedEntriesTest {
    private static final byte[] PAGE = "<p>注意力机制 attention</p>\n".repeat(500).getBytes(StandardCharsets.UTF_8);

    private static long crc(byte[] data) {
        CRC32 c = new CRC32();
        c.update(data);
        return c.getValue();
    }

    private static List<Path> kept(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void aKeptEntryIsTheBytesAFreshCompressionMakes(@TempDir Path dir) throws IOException {
        DeflatedEntries cache = new DeflatedEntries(ContentCache.in(dir, "v"));
        byte[] cold = cache.deflate(PAGE, crc(PAGE));
        assertArrayEquals(DeflatedEntries.deflate(PAGE), cold);
        assertEquals(1, kept(dir).size(), "the entry is kept");
        assertArrayEquals(cold, Files.readAllBytes(kept(dir).get(0)));
        assertArrayEquals(cold, new DeflatedEntries(ContentCache.in(dir, "v")).deflate(PAGE, crc(PAGE)), "a later process reads it");
    }

    @Test
    void anEntryThatDoesNotInflateToTheContentIsCompressedAgain(@TempDir Path dir) throws IOException {
        DeflatedEntries cache = new DeflatedEntries(ContentCache.in(dir, "v"));
        cache.deflate(PAGE, crc(PAGE));
        Path entry = kept(dir).get(0);
        byte[] other = PAGE.clone();
        other[10] = 'x';
        // the kept file holds another text's stream, as a checksum clash would leave it
        Files.write(entry, DeflatedEntries.deflate(other));
        assertArrayEquals(DeflatedEntries.deflate(PAGE), cache.deflate(PAGE, crc(PAGE)));
        assertArrayEquals(DeflatedEntries.deflate(PAGE), Files.readAllBytes(entry), "and the right bytes replace it");
        byte[] good = Files.readAllBytes(entry);
        Files.write(entry, Arrays.copyOf(good, good.length / 2)); // cut short
        assertArrayEquals(good, cache.deflate(PAGE, crc(PAGE)));
    }

    @Test
    void inflatesToIsExact() {
        byte[] stream = DeflatedEntries.deflate(PAGE);
        assertTrue(DeflatedEntries.inflatesTo(stream, PAGE));
        assertFalse(DeflatedEntries.inflatesTo(stream, Arrays.copyOf(PAGE, PAGE.length - 1)), "content shorter than the stream's");
        assertFalse(DeflatedEntries.inflatesTo(stream, Arrays.copyOf(PAGE, PAGE.length + 1)), "content longer than the stream's");
        assertFalse(DeflatedEntries.inflatesTo(Arrays.copyOf(stream, stream.length + 3), PAGE), "bytes after the stream's end");
        assertFalse(DeflatedEntries.inflatesTo(Arrays.copyOf(stream, stream.length - 5), PAGE), "a stream cut short");
        assertFalse(DeflatedEntries.inflatesTo(new byte[] {1, 2, 3, 4}, PAGE), "not a deflate stream");
        assertTrue(DeflatedEntries.inflatesTo(DeflatedEntries.deflate(new byte[0]), new byte[0]));
    }

    @Test
    void anEpubWrittenFromKeptEntriesIsByteIdentical(@TempDir Path dir) throws IOException {
        List<EpubZip.Entry> entries = List.of(new EpubZip.Entry("mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII)),
                new EpubZip.Entry("OEBPS/a.xhtml", PAGE), new EpubZip.Entry("OEBPS/b.css", "p { margin: 0 }".getBytes(StandardCharsets.UTF_8)));
        LocalDateTime time = LocalDateTime.of(2023, 11, 14, 22, 13, 20);
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        new EpubZip(new BuildMemo<>(), new DeflatedEntries(ContentCache.none())).write(entries, time, none);
        ByteArrayOutputStream cold = new ByteArrayOutputStream();
        new EpubZip(new BuildMemo<>(), new DeflatedEntries(ContentCache.in(dir, "v"))).write(entries, time, cold);
        assertEquals(2, kept(dir).size(), "both deflated entries kept; mimetype is stored");
        ByteArrayOutputStream warm = new ByteArrayOutputStream();
        new EpubZip(new BuildMemo<>(), new DeflatedEntries(ContentCache.in(dir, "v"))).write(entries, time, warm);
        assertArrayEquals(none.toByteArray(), cold.toByteArray());
        assertArrayEquals(none.toByteArray(), warm.toByteArray());
    }
}
