package dev.bookbuilder.build;

import dev.bookbuilder.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/** What a successful build wrote, and the warnings it met on the way. */
public record BuildResult(List<Output> outputs, List<Diagnostic> warnings) {

    /**
     * One file written.
     *
     * @param pages the printed pages of a format that lays out pages, else 0
     */
    public record Output(String edition, String format, Path file, long bytes, long millis, int pages) {
        public Output(String edition, String format, Path file, long bytes, long millis) {
            this(edition, format, file, bytes, millis, 0);
        }
    }
}
