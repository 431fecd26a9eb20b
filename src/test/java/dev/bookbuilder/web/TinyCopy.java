package dev.bookbuilder.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A copy of the small test book that a test may edit. */
final class TinyCopy {
    private TinyCopy() {
    }

    /** Copies src/test/resources/books/tiny into {@code dir}; returns its chapters folder. */
    static Path into(Path dir) throws IOException {
        Path from = Path.of("src/test/resources/books/tiny");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path to = dir.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return dir.resolve("chapters");
    }

    /** Appends a paragraph to a page's Markdown, as an author's save would. */
    static void append(Path file, String paragraph) throws IOException {
        Files.writeString(file, Files.readString(file) + "\n\n" + paragraph + "\n");
    }
}
