package dev.bookbuilder.figure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Drawn figures kept across builds, by a hash of everything the drawing depends on, so a rebuild
 * with unchanged figures draws nothing. It lives where the launcher says (the builder's target/),
 * never in out/; without a folder it keeps nothing.
 */
public final class FigureCache {
    private final Path dir;

    private FigureCache(Path dir) {
        this.dir = dir;
    }

    public static FigureCache none() {
        return new FigureCache(null);
    }

    public static FigureCache in(Path dir) {
        return new FigureCache(dir);
    }

    /** The folder named by the {@code bookbuilder.cache} system property, or none. */
    public static FigureCache fromSystemProperty() {
        String dir = System.getProperty("bookbuilder.cache");
        return dir == null || dir.isBlank() ? none() : in(Path.of(dir).resolve("figures"));
    }

    Optional<String> get(String hash) {
        if (dir == null) {
            return Optional.empty();
        }
        try {
            Path f = dir.resolve(hash + ".svg");
            return Files.isRegularFile(f) ? Optional.of(Files.readString(f, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // a cache that cannot be read is a cache miss
        }
    }

    void put(String hash, String svg) {
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, hash, ".part");
            Files.writeString(tmp, svg, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, dir.resolve(hash + ".svg"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, dir.resolve(hash + ".svg"), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // a cache that cannot be written only costs time next build
        }
    }
}
