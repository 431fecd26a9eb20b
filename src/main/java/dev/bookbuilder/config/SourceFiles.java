package dev.bookbuilder.config;

import dev.bookbuilder.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a source file as UTF-8, reporting (not throwing) when it cannot. */
public final class SourceFiles {
    private SourceFiles() {
    }

    public static Optional<String> read(Path file, Diagnostics diags) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (MalformedInputException e) {
            diags.error("bad-encoding", file, 1, 1, "the file is not UTF-8");
        } catch (IOException e) {
            diags.error("unreadable", file, 1, 1, "cannot read the file: " + e.getMessage());
        }
        return Optional.empty();
    }
}
