package dev.bookbuilder.config;

import java.nio.file.Path;

/** Where something stands in a source file (1-based line and column). */
public record Position(Path file, int line, int column) implements dev.bookbuilder.diag.Where {
}
