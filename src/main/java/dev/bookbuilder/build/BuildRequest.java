package dev.bookbuilder.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What to build.
 *
 * @param editions edition ids, or empty for every edition
 * @param formats  format names ({@code epub}, {@code pdf}: see Writers), or empty for every format
 */
public record BuildRequest(Path source, Path out, List<String> editions, Set<String> formats, Instant buildTime) {

    /** True when the output folder is the source folder or lies inside it (symbolic links followed): books would land among the chapters. */
    public boolean outInsideSource() {
        return real(out).startsWith(real(source));
    }

    /** The path with symbolic links resolved as far as it exists (the output folder may not exist yet). */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        Path rest = null;
        while (existing != null && !Files.exists(existing)) {
            rest = rest == null ? existing.getFileName() : existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        try {
            Path r = existing == null ? abs : existing.toRealPath();
            return rest == null ? r : r.resolve(rest);
        } catch (IOException e) {
            return abs;
        }
    }
}
