package dev.bookbuilder.markdown.math;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code \newcommand}, {@code \renewcommand} and {@code \def}, expanded here rather than by JLaTeXMath (whose
 * definitions are global to the JVM and whose expansion has no bound): the definitions are taken out of the
 * formula, and later formulas of the same page may use them, as MathJax lets a page do. Expansion has a budget,
 * so a macro that expands to itself, or doubles at each level, ends with a diagnostic instead of running on.
 */
public final class Macros {
    /** Expansions one formula may make. */
    static final int MAX_EXPANSIONS = 1_000;

    private record Macro(int arguments, String optionalDefault, String body) {
    }

    /** Thrown when a formula's macros expand past the budget. */
    public static final class TooMuch extends Exception {
        TooMuch(String message) {
            super(message, null, false, false);
        }
    }

    private final Map<String, Macro> macros = new HashMap<>();

    /** An empty set of definitions: one per page, read in page order. */
    public Macros() {
    }

    /** A page's definitions, starting from the book's ({@code math: macros:} in book.yml). */
    public Macros(Macros book) {
        macros.putAll(book.macros);
    }

    /** A problem in a macros file, at its 1-based line. */
    public record Problem(int line, String message) {
    }

    private static final java.util.regex.Pattern KATEX_LINE = java.util.regex.Pattern.compile("^\\\\([A-Za-z]+|[^A-Za-z\\s])\\s*:(.*)$");
    private static final java.util.regex.Pattern ARGUMENT = java.util.regex.Pattern.compile("#([1-9])");

    /**
     * The book's macros file: KaTeX's {@code \name:body} lines (mdbook-katex's macros.txt; {@code #1}…{@code #9}
     * in a body are its arguments) and {@code \newcommand}/{@code \def} definitions; {@code %} and {@code #} start comment lines.
     */
    public static Macros read(String text, java.util.function.Consumer<Problem> problems) {
        Macros book = new Macros();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("%") || line.startsWith("#")) { // halo2's macros.txt titles its groups with #
                continue;
            }
            java.util.regex.Matcher m = KATEX_LINE.matcher(line);
            if (m.matches()) {
                String body = m.group(2).strip(); // braces around it stay: KaTeX expands to a group
                int arguments = ARGUMENT.matcher(body).results().mapToInt(r -> r.group(1).charAt(0) - '0').max().orElse(0);
                book.macros.put(m.group(1), new Macro(arguments, null, body));
                continue;
            }
            try {
                String left = book.expand(line).strip();
                if (!left.isEmpty()) {
                    problems.accept(new Problem(i + 1, "`" + line + "` is neither `\\name:body` nor a `\\newcommand` or `\\def`"));
                }
            } catch (TooMuch e) {
                problems.accept(new Problem(i + 1, e.getMessage()));
            }
        }
        return book;
    }

    /** The formula with its definitions taken out (and remembered) and its macros expanded. */
    String expand(String latex) throws TooMuch {
        StringBuilder s = new StringBuilder(latex);
        int expansions = 0;
        for (int i = 0; i < s.length(); ) {
            if (s.charAt(i) != '\\') {
                i++;
                continue;
            }
            int nameEnd = nameEnd(s, i + 1);
            String name = s.substring(i + 1, nameEnd);
            if (name.equals("newcommand") || name.equals("renewcommand") || name.equals("providecommand") || name.equals("def")) {
                int end = define(s, nameEnd, name.equals("def"));
                if (end > 0) {
                    s.delete(i, end);
                    continue;
                }
            }
            Macro m = name.isEmpty() ? null : macros.get(name);
            if (m == null) {
                i = Math.max(nameEnd, i + 2);
                continue;
            }
            if (++expansions > MAX_EXPANSIONS || s.length() > MathLimits.MAX_LENGTH) {
                throw new TooMuch("its macros expand without end (`\\" + name + "` " + (expansions > MAX_EXPANSIONS
                        ? "more than " + MAX_EXPANSIONS + " times" : "past " + MathLimits.MAX_LENGTH + " characters") + ")");
            }
            String body = m.body();
            int at = nameEnd;
            for (int a = 1; a <= m.arguments(); a++) {
                String arg;
                int p = skipSpaces(s, at);
                if (a == 1 && m.optionalDefault() != null) {
                    if (p < s.length() && s.charAt(p) == '[') {
                        int close = s.indexOf("]", p);
                        arg = close < 0 ? "" : s.substring(p + 1, close);
                        at = close < 0 ? s.length() : close + 1;
                    } else {
                        arg = m.optionalDefault();
                    }
                } else {
                    int end = argumentEnd(s, p);
                    arg = p < s.length() && s.charAt(p) == '{' ? s.substring(p + 1, Math.max(p + 1, end - 1)) : s.substring(p, end);
                    at = end;
                }
                body = body.replace("#" + a, arg);
            }
            // Expanded in place and read again from here, so macros in the body expand too.
            s.replace(i, at, body + (at < s.length() && Character.isLetter(s.charAt(at)) && !body.isEmpty()
                    && Character.isLetter(body.charAt(body.length() - 1)) ? " " : ""));
        }
        return s.toString();
    }

    /** Reads a definition after its command; returns where it ends, or -1 when it is not one this class reads. */
    private int define(StringBuilder s, int from, boolean def) {
        int p = skipSpaces(s, from);
        boolean braced = p < s.length() && s.charAt(p) == '{' && !def;
        int nameStart = braced ? skipSpaces(s, p + 1) : p;
        if (nameStart >= s.length() || s.charAt(nameStart) != '\\') {
            return -1;
        }
        int nameEnd = nameEnd(s, nameStart + 1);
        String name = s.substring(nameStart + 1, nameEnd);
        p = skipSpaces(s, nameEnd);
        if (braced) {
            if (p >= s.length() || s.charAt(p) != '}') {
                return -1;
            }
            p = skipSpaces(s, p + 1);
        }
        int arguments = 0;
        String optional = null;
        if (def) {
            while (p + 1 < s.length() && s.charAt(p) == '#' && Character.isDigit(s.charAt(p + 1))) {
                arguments++;
                p += 2;
            }
        } else if (p < s.length() && s.charAt(p) == '[') {
            int close = s.indexOf("]", p);
            if (close < 0) {
                return -1;
            }
            arguments = Math.min(9, Integer.parseInt("0" + s.substring(p + 1, close).strip().replaceAll("\\D", "")));
            p = skipSpaces(s, close + 1);
            if (p < s.length() && s.charAt(p) == '[') {
                int c2 = s.indexOf("]", p);
                if (c2 < 0) {
                    return -1;
                }
                optional = s.substring(p + 1, c2);
                p = skipSpaces(s, c2 + 1);
            }
        }
        if (name.isEmpty() || p >= s.length() || s.charAt(p) != '{') {
            return -1;
        }
        int end = argumentEnd(s, p);
        macros.put(name, new Macro(arguments, optional, s.substring(p + 1, Math.max(p + 1, end - 1))));
        return end;
    }

    /** The end of a control sequence's name: letters, or one other character. */
    private static int nameEnd(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        return i == from && i < s.length() ? i + 1 : i;
    }

    /** The end of the argument at {@code p}: a balanced brace group, a control sequence, or one character. */
    private static int argumentEnd(CharSequence s, int p) {
        if (p >= s.length()) {
            return p;
        }
        if (s.charAt(p) == '\\') {
            return nameEnd(s, p + 1);
        }
        if (s.charAt(p) != '{') {
            return p + 1;
        }
        int close = dev.bookbuilder.config.TexBraces.closing(s, p);
        return close < 0 ? s.length() : close + 1;
    }

    private static int skipSpaces(CharSequence s, int p) {
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
        return p;
    }
}
