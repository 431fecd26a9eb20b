package dev.bookbuilder.build;

import dev.bookbuilder.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/** What a successful build wrote, and the warnings it met on the way. */
public record BuildResult(List<Output> outputs, List<Diagnostic> warnings) {

    /** One file written. */
    public record Output(String edition, String format, Path file, long bytes, long millis) {
    }
}
