package dev.bookbuilder.config;

import java.nio.file.Path;

/** The book's file of LaTeX macros ({@code math: macros:} in book.yml) as read, or {@link #NONE}. */
public record MathMacrosFile(Path file, String text) {
    public static final MathMacrosFile NONE = new MathMacrosFile(null, "");
}
