package dev.bookbuilder.markdown;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How deep a page nests, measured on its text before flexmark parses it. flexmark's parser and every walk
 * over its tree recurse once per level of block quote or list, and its inline parser once per emphasis mark
 * of a run, so a page past these limits would overflow whatever stack the thread has (and take minutes before
 * it did). The scan is one pass over the text; fenced code is skipped, since nothing in it nests.
 */
final class Nesting {
    /** Levels of block quote and list, together, that a page may nest; books use five or six. */
    static final int MAX_DEPTH = 64;
    /** The longest run of {@code *} or {@code _} outside code; {@code ***} is the longest that means anything. */
    static final int MAX_DELIMITER_RUN = 64;

    /** Where the text first goes too deep: the offset of the line, and what is too deep there. */
    record Finding(int offset, String what) {
    }

    private Nesting() {
    }

    /** The first place the text nests past the limits, or null. */
    static Finding check(String text) {
        Deque<Integer> lists = new ArrayDeque<>(); // content columns of the open list items
        boolean afterBlank = true;
        String fence = null;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end);
            int lineStart = start;
            start = end + 1;
            if (line.isBlank()) {
                afterBlank = true;
                continue;
            }
            if (fence != null) {
                if (line.replaceFirst("^[\\s>]*", "").startsWith(fence)) {
                    fence = null;
                }
                continue;
            }
            int indent = indent(line);
            // A line that starts a new block at a smaller indent closes the lists it is not inside of;
            // a lazy continuation line (right after text) closes nothing.
            int pos = skipSpaces(line, 0);
            boolean marker = listMarker(line, pos) > 0;
            if (marker || afterBlank) {
                while (!lists.isEmpty() && lists.peek() > indent) {
                    lists.pop();
                }
            }
            afterBlank = false;
            int depth = lists.size();
            // Then the containers this line opens itself: "> > - x", "- - - x".
            while (pos < line.length()) {
                if (line.charAt(pos) == '>') {
                    depth++;
                    pos = skipSpaces(line, pos + 1);
                    continue;
                }
                int width = listMarker(line, pos);
                if (width == 0) {
                    break;
                }
                depth++;
                pos = skipSpaces(line, pos + width);
                lists.push(pos);
            }
            if (depth > MAX_DEPTH) {
                return new Finding(lineStart, "block quotes and lists nested " + depth + " levels deep (at most " + MAX_DEPTH + ")");
            }
            String rest = line.substring(pos);
            if (rest.startsWith("```") || rest.startsWith("~~~")) {
                fence = rest.substring(0, 3);
                continue;
            }
            int run = longestRun(rest);
            if (run > MAX_DELIMITER_RUN && !rest.matches("[*_\\s]+")) { // a line of them alone is a thematic break
                return new Finding(lineStart, "a run of " + run + " emphasis marks (* or _; at most " + MAX_DELIMITER_RUN + ")");
            }
        }
        return null;
    }

    /** The width of a list marker with its space ("- ", "12. "), or 0 when none stands at {@code pos}. */
    private static int listMarker(String line, int pos) {
        if (pos >= line.length()) {
            return 0;
        }
        char c = line.charAt(pos);
        int after;
        if (c == '-' || c == '+' || c == '*') {
            after = pos + 1;
        } else {
            int d = pos;
            while (d < line.length() && d - pos < 9 && Character.isDigit(line.charAt(d))) {
                d++;
            }
            if (d == pos || d >= line.length() || line.charAt(d) != '.' && line.charAt(d) != ')') {
                return 0;
            }
            after = d + 1;
        }
        return after == line.length() || line.charAt(after) == ' ' || line.charAt(after) == '\t' ? after - pos : 0;
    }

    private static int skipSpaces(String line, int pos) {
        while (pos < line.length() && (line.charAt(pos) == ' ' || line.charAt(pos) == '\t')) {
            pos++;
        }
        return pos;
    }

    private static int indent(String line) {
        int col = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                col++;
            } else if (c == '\t') {
                col += 4 - col % 4;
            } else {
                break;
            }
        }
        return col;
    }

    private static int longestRun(String s) {
        int best = 0;
        int run = 0;
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = (c == '*' || c == '_') && c == prev ? run + 1 : (c == '*' || c == '_') ? 1 : 0;
            prev = c;
            best = Math.max(best, run);
        }
        return best;
    }
}
