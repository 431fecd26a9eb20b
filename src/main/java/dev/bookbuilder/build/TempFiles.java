package dev.bookbuilder.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Temporary files and folders the build owns, deleted by a shutdown hook when the JVM is stopped
 * (SIGINT, SIGTERM) before the build removed them itself. kill -9 runs no hook: the next build sweeps
 * what is left ({@link OutputFolder} in out/, {@link #sweepPrivateTemps()} in the temp folder).
 */
public final class TempFiles {
    /** Prefix of the per-process temp folder that {@link #usePrivateTemp()} makes. */
    static final String PRIVATE_PREFIX = "bookbuilder-";
    private static final Set<Path> OWNED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "bookbuilder-temp-cleanup"));
    }

    private TempFiles() {
    }

    /** Deletes {@code path} (a file, or a folder with its content) if the JVM stops before {@link #release}. */
    public static void own(Path path) {
        OWNED.add(path.toAbsolutePath());
    }

    public static void release(Path path) {
        OWNED.remove(path.toAbsolutePath());
    }

    static void deleteAll() {
        for (Path p : OWNED) {
            deleteTree(p);
        }
        OWNED.clear();
    }

    /** Deletes a file or a folder tree, ignoring what is already gone. */
    public static void deleteTree(Path p) {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // best effort: a temp file we cannot delete is swept by the next build
        }
    }

    /**
     * Points {@code java.io.tmpdir} at a folder of this process's own (Java's font and image caches,
     * libraries' temp files all land there), owned so that it goes when the JVM does. Call first thing
     * in main, before anything reads the property. Folders of processes that no longer run are removed.
     */
    public static void usePrivateTemp() {
        Path system = Path.of(System.getProperty("java.io.tmpdir"));
        sweepPrivateTemps(system);
        try {
            Path mine = Files.createDirectories(system.resolve(PRIVATE_PREFIX + ProcessHandle.current().pid()));
            own(mine);
            System.setProperty("java.io.tmpdir", mine.toString());
        } catch (IOException e) {
            // the system temp folder is read-only: libraries keep using it as before
        }
    }

    /** Removes temp folders left by builds that were killed (their process is gone). */
    static void sweepPrivateTemps(Path system) {
        try (Stream<Path> s = Files.list(system)) {
            for (Path dir : s.filter(p -> p.getFileName().toString().matches(PRIVATE_PREFIX + "\\d+")).toList()) {
                long pid = Long.parseLong(dir.getFileName().toString().substring(PRIVATE_PREFIX.length()));
                if (ProcessHandle.of(pid).isEmpty()) {
                    deleteTree(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            // nothing to sweep, or not ours to list
        }
    }
}
