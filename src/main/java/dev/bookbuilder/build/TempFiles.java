package dev.bookbuilder.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Temporary files and folders the build owns, deleted by a shutdown hook when the JVM is stopped
 * (SIGINT, SIGTERM) before the build removed them itself. kill -9 runs no hook: the next build sweeps
 * what is left ({@link OutputFolder} in out/, {@link #sweepPrivateTemps} in the temp folder).
 */
public final class TempFiles {
    /** Prefix of the per-process temp folders ({@link #usePrivateTemp()}). */
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

    /**
     * Deletes a file or a folder tree, ignoring what is already gone. Tried a few times: at exit the JDK's
     * own hooks delete their font files in the same folder at the same moment.
     */
    public static void deleteTree(Path p) {
        for (int attempt = 0; attempt < 5 && Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS); attempt++) {
            try (Stream<Path> s = Files.walk(p)) {
                for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(q);
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // something vanished or appeared meanwhile: walk again
            }
        }
    }

    /**
     * Gives this process a temp folder of its own, deleted when the JVM stops, and removes those of builds
     * that were killed. The JDK reads {@code java.io.tmpdir} once at start-up (its font and image caches
     * use that value), so the launcher passes a fresh {@code bookbuilder-*} folder with -Djava.io.tmpdir;
     * run any other way, the process makes one for the libraries that read the property later. A folder
     * is alive while its process holds the lock on its {@code .owner} file (the OS drops it on kill -9).
     */
    public static void usePrivateTemp() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        try {
            Path mine = tmp;
            if (!tmp.getFileName().toString().startsWith(PRIVATE_PREFIX)) {
                sweepPrivateTemps(tmp);
                mine = Files.createTempDirectory(tmp, PRIVATE_PREFIX);
                System.setProperty("java.io.tmpdir", mine.toString());
            } else if (tmp.getParent() != null) {
                sweepPrivateTemps(tmp.getParent());
            }
            Files.createDirectories(mine);
            FileChannel owner = FileChannel.open(mine.resolve(OWNER), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            OWNER_LOCK = owner.lock(); // held for the JVM's lifetime
            own(mine);
        } catch (IOException e) {
            // a read-only temp folder: the libraries use it as it is
        }
    }

    private static final String OWNER = ".owner";
    private static volatile java.nio.channels.FileLock OWNER_LOCK;

    /** Removes temp folders of builds that are gone: their owner lock is free (or, never taken, an hour old). */
    static void sweepPrivateTemps(Path system) {
        try (Stream<Path> s = Files.list(system)) {
            for (Path dir : s.filter(p -> p.getFileName().toString().startsWith(PRIVATE_PREFIX) && Files.isDirectory(p)).toList()) {
                if (abandoned(dir)) {
                    deleteTree(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            // nothing to sweep, or not ours to list
        }
    }

    private static boolean abandoned(Path dir) throws IOException {
        Path owner = dir.resolve(OWNER);
        if (!Files.exists(owner)) {
            // A launcher made it and its JVM has not started yet, or a build died before it could lock it.
            return Files.getLastModifiedTime(dir).toInstant().isBefore(java.time.Instant.now().minus(java.time.Duration.ofHours(1)));
        }
        try (FileChannel ch = FileChannel.open(owner, StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = ch.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return false; // this very JVM owns it
        }
    }
}
