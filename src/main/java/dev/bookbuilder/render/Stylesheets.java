package dev.bookbuilder.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The book's stylesheets: {@code styles/} beside the source folder, which authors may edit,
 * else the builder's own copy of the same files.
 */
public final class Stylesheets {
    private Stylesheets() {
    }

    public static String load(Path sourceRoot, String name) {
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
