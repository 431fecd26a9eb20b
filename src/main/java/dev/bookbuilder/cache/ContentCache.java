package dev.bookbuilder.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Text (or bytes) kept across builds in a folder, one file per entry, named by a hash of everything the text
 * depends on (the caller's key and a version it raises when its output changes). Entries are
 * written to a temporary file and moved into place, so parallel builds never read half an entry:
 * two builds that make the same entry make the same bytes, and the last move wins. A cache that
 * cannot be read or written is a miss: it only costs time.
 */
public final class ContentCache {
    /** The system property the launcher sets to its cache folder (target/cache beside the jar). */
    public static final String PROPERTY = "bookbuilder.cache";

    private final Path dir;
    private final String version;

    private ContentCache(Path dir, String version) {
        this.dir = dir;
        this.version = version;
    }

    /** A cache in {@code dir}; {@code version} is part of every key. */
    public static ContentCache in(Path dir, String version) {
        return new ContentCache(dir, version);
    }

    /** A cache that keeps nothing. */
    public static ContentCache none() {
        return new ContentCache(null, "");
    }

    /** The sub-folder {@code name} of the folder the {@code bookbuilder.cache} property names, or none. */
    public static ContentCache fromSystemProperty(String name, String version) {
        String dir = System.getProperty(PROPERTY);
        return dir == null || dir.isBlank() ? none() : in(Path.of(dir).resolve(name), version);
    }

    /** As {@link #fromSystemProperty(String, String)}, the version worked out only when there is a folder. */
    public static ContentCache fromSystemProperty(String name, java.util.function.Supplier<String> version) {
        String dir = System.getProperty(PROPERTY);
        return dir == null || dir.isBlank() ? none() : in(Path.of(dir).resolve(name), version.get());
    }

    public boolean enabled() {
        return dir != null;
    }

    /** The entry for {@code key}, if a build has written it. */
    public Optional<String> get(String key) {
        if (dir == null) {
            return Optional.empty();
        }
        Path f = file(key, TEXT);
        try {
            return Files.isRegularFile(f) ? Optional.of(Files.readString(f, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException | RuntimeException e) { // unreadable, or not UTF-8 (damaged): a miss
            return Optional.empty();
        }
    }

    /** The bytes kept for {@code key}, if a build has written them. The caller checks them: a damaged file reads too. */
    public Optional<byte[]> getBytes(String key) {
        if (dir == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file(key, BYTES)));
        } catch (IOException | RuntimeException e) { // absent or unreadable: a miss
            return Optional.empty();
        }
    }

    /** Keeps {@code text} for {@code key}, atomically. */
    public void put(String key, String text) {
        if (dir != null) {
            write(file(key, TEXT), text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Keeps {@code bytes} for {@code key}, atomically. */
    public void putBytes(String key, byte[] bytes) {
        if (dir != null) {
            write(file(key, BYTES), bytes);
        }
    }

    private static void write(Path target, byte[] bytes) {
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            // not written: the next build makes it again
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray .part file is harmless
                }
            }
        }
    }

    private static final String TEXT = ".txt";
    private static final String BYTES = ".bin";

    Path file(String key) {
        return file(key, TEXT);
    }

    /** Two levels, so that no folder holds tens of thousands of files. */
    private Path file(String key, String suffix) {
        String h = sha256(version + '\u0000' + key);
        return dir.resolve(h.substring(0, 2)).resolve(h.substring(2) + suffix);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
