package dev.bookbuilder.config;

import dev.bookbuilder.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a source file as UTF-8, reporting (not throwing) when it cannot, and only when it lies inside
 * the book's folder once links are followed: a symbolic link must not bring in a file from elsewhere
 * (a secret, /proc/self/environ) or a device that never ends.
 */
public final class SourceFiles {
    private SourceFiles() {
    }

    /** {@code file} of the book whose folder is {@code root}: read only when it lies inside and is a plain file. */
    public static Optional<String> read(Path root, Path file, Diagnostics diags) {
        if (!inside(root, file)) {
            diags.error("outside-source", file, 1, 1, "`" + file.getFileName() + "` leads outside the book's folder (to "
                    + real(file) + "): the builder reads only files inside it");
            return Optional.empty();
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            diags.error("unreadable", file, 1, 1, "not a plain file (a folder, a device or a pipe)");
            return Optional.empty();
        }
        return read(file, diags);
    }

    /** True when {@code path}, links followed, lies inside {@code root}; a path that does not exist counts as inside (it is reported as missing). */
    public static boolean inside(Path root, Path path) {
        try {
            return !Files.exists(path) || path.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static String real(Path file) {
        try {
            return file.toRealPath().toString();
        } catch (IOException e) {
            return file.toString();
        }
    }

    public static Optional<String> read(Path file, Diagnostics diags) {
        try {
            return Optional.of(XmlChars.clean(Files.readString(file, StandardCharsets.UTF_8), file, 1, 1, diags));
        } catch (MalformedInputException e) {
            diags.error("bad-encoding", firstMalformed(file), "the file is not UTF-8 (the first byte that is not is here; save the file as UTF-8)");
        } catch (IOException e) {
            diags.error("unreadable", file, 1, 1, "cannot read the file: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Line and column (1-based, in characters) of the first byte sequence that is not UTF-8. */
    private static Position firstMalformed(Path file) {
        try {
            java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(Files.readAllBytes(file));
            java.nio.CharBuffer out = java.nio.CharBuffer.allocate(in.remaining() + 1);
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(in, out, true);
            out.flip();
            int line = 1;
            int column = 1;
            while (out.hasRemaining()) {
                char c = out.get();
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            return new Position(file, line, column);
        } catch (IOException e) {
            return new Position(file, 1, 1);
        }
    }
}
