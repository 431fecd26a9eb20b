package dev.bookbuilder.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The import's output folder after a failure: what was written goes, so a second try starts from an empty folder. */
final class ImportOutput {
    private ImportOutput() {
    }

    /**
     * Removes everything below {@code to}, which was empty or absent when the import began (so all of it was
     * written by the import), and {@code to} itself when the import created it. Links are removed, never followed.
     */
    static void removeWritten(Path to, boolean existed) {
        if (!Files.isDirectory(to, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(to)) {
            List<Path> all = s.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                if (!p.equals(to) || !existed) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // Best effort: the failure being reported matters more than what is left of the output.
        }
    }
}
