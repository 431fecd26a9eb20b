package dev.bookbuilder.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The book's stylesheets: {@code styles/} beside the source folder, which authors may edit,
 * else the builder's own copy of the same files. Rules every format shares are written once, in
 * {@value #BASE}, which comes before each format's own sheet (so that the format's rules win).
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
        Path parent = sourceRoot.toAbsolutePath().normalize().getParent();
        Path file = parent == null ? null : parent.resolve("styles").resolve(name);
        try {
            if (file != null && Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
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
}
