package dev.bookbuilder.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A stamp of the build of the code a class was loaded from: the jar's name, size and time, or, run from a
 * folder of classes (the tests, an IDE), every file's name, size and time in it. An entry kept under it is
 * never read by a changed builder, whatever the change: for results too many classes shape to list them.
 */
public final class CodeVersion {
    private static final Map<Class<?>, String> STAMPS = new ConcurrentHashMap<>();

    private CodeVersion() {
    }

    /** The stamp of the code {@code c} was loaded from, and of the JDK running it. */
    public static String of(Class<?> c) {
        return STAMPS.computeIfAbsent(c, CodeVersion::stamp);
    }

    private static String stamp(Class<?> c) {
        StringBuilder out = new StringBuilder(Runtime.version().toString()).append('\n');
        try {
            Path from = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(from)) {
                try (Stream<Path> files = Files.walk(from)) {
                    files.filter(Files::isRegularFile).sorted().forEach(f -> line(out, from.relativize(f).toString(), f));
                }
            } else {
                line(out, from.toString(), from);
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            out.append("unknown ").append(System.nanoTime()); // no stamp: nothing kept under it is found again
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String name, Path f) {
        out.append(name).append(' ').append(FileStamps.of(f)).append('\n');
    }
}
