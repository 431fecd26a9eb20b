package dev.bookbuilder.diag;

import java.nio.file.Path;

/**
 * A place in a source file, passed whole to {@link Diagnostics} instead of as a file, a line and a
 * column one by one ({@code config.Position} is one).
 */
public interface Where {
    /** The file, or null for the whole book. */
    Path file();

    /** 1-based; 0 when unknown. */
    int line();

    /** 1-based; 0 when unknown. */
    int column();
}
