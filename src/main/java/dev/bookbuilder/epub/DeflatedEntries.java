package dev.bookbuilder.epub;

import dev.bookbuilder.cache.ContentCache;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Zip entries' deflated bytes kept across builds (target/cache/deflated), so that a cold process rebuilding
 * unchanged pages does not compress them again: deflating the course's 17 MB of pages cost ~0.5 s of CPU, more
 * than a tenth of a warm-cache EPUB build. An entry is found by its content's CRC-32 and length (both known
 * before compressing) and used only when it inflates to exactly that content, so a clash of checksums or a
 * damaged file costs a compression, never a wrong page; inflating is several times cheaper than deflating.
 * The zlib that made an entry is part of the key, so a warm cache gives the bytes a cold one gives.
 */
final class DeflatedEntries {
    /** zlib's default level: the EPUB is 0.6 % larger than at level 9, for half the CPU time. */
    static final int LEVEL = 6;

    private static final DeflatedEntries SHARED = new DeflatedEntries(ContentCache.fromSystemProperty("deflated", version()));

    private final ContentCache store;

    DeflatedEntries(ContentCache store) {
        this.store = store;
    }

    /** The cache in the folder the launcher names ({@code -Dbookbuilder.cache}), or one that keeps nothing. */
    static DeflatedEntries shared() {
        return SHARED;
    }

    /** {@code data} deflated (raw, as a zip entry holds it); {@code crc} is its CRC-32. */
    byte[] deflate(byte[] data, long crc) {
        String key = Long.toHexString(crc) + ' ' + data.length;
        Optional<byte[]> kept = store.getBytes(key);
        if (kept.isPresent() && inflatesTo(kept.get(), data)) {
            return kept.get();
        }
        byte[] deflated = deflate(data);
        store.putBytes(key, deflated);
        return deflated;
    }

    static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(LEVEL, true);
        try {
            d.setInput(data);
            d.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
            byte[] buf = new byte[64 * 1024];
            while (!d.finished()) {
                out.write(buf, 0, d.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            d.end();
        }
    }

    /** Whether the raw deflate stream {@code deflated} is exactly {@code data}, nothing before its end and nothing after. */
    static boolean inflatesTo(byte[] deflated, byte[] data) {
        Inflater inf = new Inflater(true);
        try {
            inf.setInput(deflated);
            byte[] buf = new byte[64 * 1024];
            int at = 0;
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && !inf.finished() && (inf.needsInput() || inf.needsDictionary())) {
                    return false; // cut short
                }
                if (n > data.length - at || !Arrays.equals(buf, 0, n, data, at, at + n)) {
                    return false;
                }
                at += n;
            }
            return at == data.length && inf.getRemaining() == 0;
        } catch (DataFormatException e) {
            return false;
        } finally {
            inf.end();
        }
    }

    /**
     * The level, the JDK, and what this JDK's zlib makes of a sample: another zlib (a JDK built on the system's,
     * after an upgrade) may compress the same text to other bytes, and its entries must not mix with these.
     */
    static String version() {
        StringBuilder sample = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            sample.append("<p id=\"p").append(i * 7919 % 1000).append("\">注意力 attention ").append(i * i % 97).append("</p>\n");
        }
        CRC32 made = new CRC32();
        made.update(deflate(sample.toString().getBytes(StandardCharsets.UTF_8)));
        return "deflated-1 level=" + LEVEL + " java=" + System.getProperty("java.runtime.version")
                + " zlib-sample=" + HexFormat.of().toHexDigits((int) made.getValue());
    }
}
