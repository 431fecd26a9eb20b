package dev.bookbuilder.assets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A stylesheet without anything that would reach outside the book: {@code @import} rules are removed,
 * and so is every declaration with a {@code url()} other than a fragment ({@code url(#clip)}) or
 * embedded image or font data. The EPUB packages no file a stylesheet names, and the PDF renderer
 * must not fetch one: what is removed is reported at its line.
 */
public final class CssSanitizer {
    private static final Pattern SAFE_URL = Pattern.compile("(?i)\\s*['\"]?\\s*(#|data:(image/(png|jpeg|gif|webp)|font/|application/(font|x-font)))");

    private CssSanitizer() {
    }

    /** One removal: where it started in the original (1-based line and column) and what it was. */
    public record Removal(int line, int column, String what) {
    }

    public record Result(String css, List<Removal> removed) {
    }

    public static Result clean(String css) {
        StringBuilder out = new StringBuilder(css.length());
        List<Removal> removed = new ArrayList<>();
        int declStart = 0; // in out: just after the last '{', '}' or ';'
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 2; // comments go: they could hide nothing, but they carry nothing either
                continue;
            }
            if (c == '"' || c == '\'') {
                int end = stringEnd(css, i);
                out.append(css, i, end);
                i = end;
                continue;
            }
            if (c == '@' && css.regionMatches(true, i, "@import", 0, 7)) {
                int end = statementEnd(css, i);
                removed.add(removal(css, i, "@import " + shorten(css.substring(i + 7, end).strip())));
                i = end;
                declStart = out.length();
                continue;
            }
            if ((c == 'u' || c == 'U') && css.regionMatches(true, i, "url(", 0, 4) && (i == 0 || !isNameChar(css.charAt(i - 1)))) {
                int close = urlEnd(css, i + 4);
                String target = css.substring(i + 4, Math.max(i + 4, close - 1));
                if (!SAFE_URL.matcher(target).lookingAt()) {
                    // The whole declaration goes: "background: none" would half-keep what the author meant.
                    int end = statementEnd(css, i);
                    removed.add(removal(css, i, "url(" + shorten(target.strip()) + ")"));
                    out.setLength(declStart);
                    i = end;
                    continue;
                }
                out.append(css, i, close);
                i = close;
                continue;
            }
            out.append(c);
            if (c == '{' || c == '}' || c == ';') {
                declStart = out.length();
            }
            i++;
        }
        return new Result(out.toString(), List.copyOf(removed));
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    /** After the ';' that ends the statement, or at the '}' that closes its block, or the end. */
    private static int statementEnd(String css, int from) {
        int i = from;
        int depth = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '"' || c == '\'') {
                i = stringEnd(css, i);
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && c == ';') {
                return i + 1;
            } else if (depth == 0 && c == '}') {
                return i;
            }
            i++;
        }
        return css.length();
    }

    private static int stringEnd(String css, int open) {
        char q = css.charAt(open);
        int i = open + 1;
        while (i < css.length() && css.charAt(i) != q && css.charAt(i) != '\n') {
            i += css.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(css.length(), i + 1);
    }

    /** Just after the ')' that closes a url(, strings inside it skipped. */
    private static int urlEnd(String css, int from) {
        int i = from;
        while (i < css.length() && css.charAt(i) != ')') {
            i = css.charAt(i) == '"' || css.charAt(i) == '\'' ? stringEnd(css, i) : i + 1;
        }
        return Math.min(css.length(), i + 1);
    }

    private static Removal removal(String css, int at, String what) {
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < at; k++) {
            if (css.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return new Removal(line, at - lineStart + 1, what.replaceAll("\\s+", " "));
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
