package dev.bookbuilder.source;

import dev.bookbuilder.config.Position;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The Markdown body of one source file, with what it takes to turn an offset in the body
 * back into a line and column of the file (the front matter sits above the body).
 *
 * @param relPath  path below the source root with '/' separators, e.g. {@code 03-inference/01-kv-cache.md}
 * @param bodyLine the file line (1-based) on which the body starts
 * @param lineStarts the body offset at which each line starts, computed once: positions are asked for often
 */
public record SourceText(Path file, String relPath, String body, int bodyLine, int[] lineStarts) {

    public SourceText(Path file, String relPath, String body, int bodyLine) {
        this(file, relPath, body, bodyLine, starts(body));
    }

    /** Where a character offset in {@link #body()} stands in the file, as a value for diagnostics. */
    public Position at(int offset) {
        int[] lc = lineAndColumn(offset);
        return new Position(file, lc[0], lc[1]);
    }

    /** The 1-based file line and column of a character offset in {@link #body()}. */
    public int[] lineAndColumn(int offset) {
        int[] starts = lineStarts;
        int idx = Arrays.binarySearch(starts, offset);
        int line = idx >= 0 ? idx : -idx - 2;
        return new int[] {bodyLine + line, offset - starts[line] + 1};
    }

    private static int[] starts(String body) {
        int n = 1;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                n++;
            }
        }
        int[] starts = new int[n];
        int k = 1;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }

    /** The folder of this file below the root ("" for a file at the root). */
    public String relDir() {
        int slash = relPath.lastIndexOf('/');
        return slash < 0 ? "" : relPath.substring(0, slash);
    }
}
