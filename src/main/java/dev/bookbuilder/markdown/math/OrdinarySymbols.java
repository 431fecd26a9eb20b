package dev.bookbuilder.markdown.math;

import dev.bookbuilder.config.TexBraces;
import java.util.Map;
import java.util.Set;

/**
 * The LaTeX handed to JLaTeXMath, with the symbols that must be set as plain characters marked {@code \mathord}.
 *
 * <p>In the argument of a text command ({@code \text{…}}, {@code \texttt{…}}, {@code \textrm{…}}, …) or of a
 * font command used for words ({@code \mathrm{…}}, {@code \mathtt{…}}, {@code \mathsf{…}}), JLaTeXMath spaces
 * {@code < > = + * : ; ,} as relations, operators and punctuation, as in a formula: {@code \texttt{<PRE>}} was
 * drawn "&lt; PRE &gt;". There they are text, so they get no space; a hyphen in {@code \mathrm{…}} is a hyphen,
 * not a minus.
 *
 * <p>A group of one such symbol, {@code 16{,}777} (the TeX way to write a comma without its space), becomes
 * {@code \mathord{,}}, which draws the same: JLaTeXMath makes the group ordinary by changing the one shared atom of
 * that symbol, so every formula drawn after it lost the space around its commas (or its {@code <}, {@code =}, …),
 * and a formula's drawing depended on which formulas were drawn before it.
 */
final class OrdinarySymbols {
    /** What JLaTeXMath spaces as a relation, a binary operator or punctuation. */
    private static final String SPACED = "<>=+*:;,";
    /** The symbols whose one-symbol group JLaTeXMath makes ordinary by changing the symbol's shared atom. */
    private static final String SHARED = SPACED + "-";
    private static final Set<String> TEXT = Set.of("text", "textrm", "texttt", "textsf", "textbf", "textit", "textup",
            "textmd", "textnormal", "mbox");
    /** Font commands of math mode that authors use for words, with the hyphen that matches each. */
    private static final Map<String, String> WORD_FONTS = Map.of("mathrm", "\\text{-}", "mathtt", "\\texttt{-}",
            "mathsf", "\\textsf{-}");

    private OrdinarySymbols() {
    }

    /** {@code tex} as JLaTeXMath is to draw it. */
    static String of(String tex) {
        if (!needsWork(tex)) {
            return tex;
        }
        StringBuilder out = new StringBuilder(tex.length() + 32);
        int i = 0;
        while (i < tex.length()) {
            char c = tex.charAt(i);
            if (c == '\\') {
                int end = commandEnd(tex, i);
                String name = tex.substring(i + 1, end);
                out.append(tex, i, end);
                int open = skipSpaces(tex, end);
                if ((TEXT.contains(name) || WORD_FONTS.containsKey(name)) && open < tex.length() && tex.charAt(open) == '{') {
                    int close = TexBraces.closing(tex, open);
                    if (close > 0) {
                        out.append('{').append(textArgument(of(tex.substring(open + 1, close)), WORD_FONTS.get(name))).append('}');
                        i = close + 1;
                        continue;
                    }
                }
                i = end;
            } else if (c == '{' && i + 2 < tex.length() && tex.charAt(i + 2) == '}' && SHARED.indexOf(tex.charAt(i + 1)) >= 0) {
                out.append("{\\mathord{").append(tex.charAt(i + 1)).append("}}");
                i += 3;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Whether {@code tex} has anything to mark: a text or word-font command, or a group of one spaced symbol. */
    private static boolean needsWork(String tex) {
        if (tex.contains("\\text") || tex.contains("\\math") || tex.contains("\\mbox")) {
            return true;
        }
        for (int i = tex.indexOf('{'); i >= 0 && i + 2 < tex.length(); i = tex.indexOf('{', i + 1)) {
            if (tex.charAt(i + 2) == '}' && SHARED.indexOf(tex.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A text argument (its nested commands already done) with its own spaced symbols marked ordinary: those at its
     * top level, outside {@code $…$}; a command's arguments inside it ({@code \kern{-1mu}}) are left as they are.
     *
     * @param hyphen what a hyphen becomes, or null where JLaTeXMath draws one already (text commands)
     */
    private static String textArgument(String arg, String hyphen) {
        StringBuilder out = new StringBuilder(arg.length() + 16);
        int depth = 0;
        boolean math = false;
        int i = 0;
        while (i < arg.length()) {
            char c = arg.charAt(i);
            if (c == '\\') {
                int end = commandEnd(arg, i);
                out.append(arg, i, end);
                i = end;
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '$' && depth == 0) {
                math = !math;
            }
            if (depth == 0 && !math && SPACED.indexOf(c) >= 0) {
                out.append("\\mathord{").append(c).append('}');
            } else if (depth == 0 && !math && c == '-' && hyphen != null) {
                out.append(hyphen);
            } else {
                out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    /** The end of the command at {@code at} (a backslash): its letters, or the one character after it. */
    private static int commandEnd(String s, int at) {
        int end = at + 1;
        while (end < s.length() && Character.isLetter(s.charAt(end)) && s.charAt(end) < 128) {
            end++;
        }
        return end == at + 1 ? Math.min(s.length(), at + 2) : end;
    }

    private static int skipSpaces(String s, int from) {
        while (from < s.length() && s.charAt(from) == ' ') {
            from++;
        }
        return from;
    }
}
