package dev.bookbuilder.diag;

import java.nio.file.Path;

/**
 * One finding about the sources, with a stable code and a position a person can jump to.
 *
 * @param code     stable, kebab-case (tests assert on it)
 * @param file     the source file, or null when the finding is about the whole book
 * @param line     1-based, 0 when unknown
 * @param column   1-based, 0 when unknown
 */
public record Diagnostic(String code, Severity severity, Path file, int line, int column, String message) {

    /** {@code chapters/book.yml:3:7: error missing-field: ...}, with the file shown relative to {@code base}. */
    public String format(Path base) {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(displayPath(base)).append(':').append(Math.max(line, 1)).append(':').append(Math.max(column, 1)).append(": ");
        }
        return sb.append(severity.label()).append(' ').append(code).append(": ").append(message).toString();
    }

    private String displayPath(Path base) {
        Path abs = file.toAbsolutePath().normalize();
        if (base != null) {
            Path b = base.toAbsolutePath().normalize();
            if (abs.startsWith(b)) {
                return b.relativize(abs).toString().replace('\\', '/');
            }
        }
        return abs.toString();
    }
}
