package dev.bookbuilder.render;

import dev.bookbuilder.assets.CssSanitizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The book's stylesheets: {@code styles/} beside the source folder, which authors may edit,
 * else the builder's own copy of the same files. Rules every format shares are written once, in
 * {@value #BASE}, which comes before each format's own sheet (so that the format's rules win). What
 * would reach outside the book ({@code @import}, {@code url()} to an address or file) is taken out
 * here, for every format; the loader reports it ({@code source.StyleChecks}).
 */
public final class Stylesheets {
    private Stylesheets() {
    }

    /** The stylesheet every format's sheet starts with. */
    public static final String BASE = "base.css";

    /** A format's stylesheet ({@code epub.css}, {@code print.css}) after the shared rules. */
    public static String load(Path sourceRoot, String name) {
        return read(sourceRoot, BASE) + "\n" + read(sourceRoot, name);
    }

    private static String read(Path sourceRoot, String name) {
        Optional<Path> file = bookFile(sourceRoot, name);
        try {
            if (file.isPresent()) {
                return CssSanitizer.clean(Files.readString(file.get(), StandardCharsets.UTF_8)).css();
            }
            try (InputStream in = Stylesheets.class.getResourceAsStream("/default-styles/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the builder lacks its default stylesheet " + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading stylesheet " + name, e);
        }
    }

    /** The book's own {@code styles/NAME}, when it exists: where it leads is checked by the loader, which reports it. */
    public static Optional<Path> file(Path sourceRoot, String name) {
        Path parent = sourceRoot.toAbsolutePath().normalize().getParent();
        Path file = parent == null ? null : parent.resolve("styles").resolve(name);
        return file != null && Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    /** The book's stylesheet when it is a plain file inside the styles folder, links followed. */
    private static Optional<Path> bookFile(Path sourceRoot, String name) {
        return file(sourceRoot, name).filter(f -> Files.isRegularFile(f) && insideStyles(sourceRoot, f));
    }

    /** True when {@code file}, links followed, lies in the styles folder beside the source folder (itself no link elsewhere). */
    public static boolean insideStyles(Path sourceRoot, Path file) {
        try {
            Path styles = sourceRoot.toAbsolutePath().normalize().getParent().toRealPath().resolve("styles");
            return file.toRealPath().startsWith(styles);
        } catch (IOException | NullPointerException e) {
            return false;
        }
    }
}
