package dev.bookbuilder.markdown.math;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the LaTeX authors write for MathJax and KaTeX into what JLaTeXMath draws, before it is drawn:
 * the {@code equation} wrappers go (the book numbers the formula itself), starred environments lose
 * their star (JLaTeXMath numbers nothing), {@code \tag} and {@code \label} are taken out and kept,
 * and the few commands JLaTeXMath lacks become their equivalents.
 */
final class LatexNormalizer {
    private static final Pattern EQUATION = Pattern.compile("(?s)\\A\\s*\\\\begin\\{equation(\\*?)\\}(.*)\\\\end\\{equation\\*?\\}\\s*\\z");
    private static final Pattern STARRED = Pattern.compile("\\\\(begin|end)\\{(align|gather|multline|flalign|alignat)\\*\\}");
    private static final Pattern TAG = Pattern.compile("\\\\tag(\\*?)\\s*\\{([^{}]*)\\}");
    private static final Pattern LABEL = Pattern.compile("\\\\label\\s*\\{([^{}]*)\\}");
    private static final Pattern NO_NUMBER = Pattern.compile("\\\\(nonumber|notag)(?![A-Za-z])");
    private static final Pattern SPACE = Pattern.compile("\\\\space(?![A-Za-z])");
    private static final Pattern BM = Pattern.compile("\\\\bm(?![A-Za-z])");

    /**
     * A formula as JLaTeXMath takes it.
     *
     * @param numbered whether the book gives it a number (an {@code equation}, or a {@code \tag})
     * @param tag      the author's own number from {@code \tag{…}}, already in its parentheses; or empty
     * @param label    the {@code \label{…}} that {@code \eqref} points at, or empty
     */
    record Result(String latex, boolean numbered, String tag, String label) {
    }

    private LatexNormalizer() {
    }

    static Result normalize(String latex) {
        String s = latex;
        boolean numbered = false;
        Matcher eq = EQUATION.matcher(s);
        if (eq.matches()) {
            numbered = eq.group(1).isEmpty();
            s = eq.group(2);
        }
        s = STARRED.matcher(s).replaceAll("\\\\$1{$2}");
        String tag = "";
        Matcher t = TAG.matcher(s);
        if (t.find()) {
            tag = t.group(1).isEmpty() ? "(" + t.group(2).strip() + ")" : t.group(2).strip();
            numbered = true;
            s = TAG.matcher(s).replaceAll("");
        }
        String label = "";
        Matcher l = LABEL.matcher(s);
        if (l.find()) {
            label = l.group(1).strip();
            s = LABEL.matcher(s).replaceAll("");
        }
        if (NO_NUMBER.matcher(s).find()) {
            numbered = numbered && !tag.isEmpty();
            s = NO_NUMBER.matcher(s).replaceAll("");
        }
        s = SPACE.matcher(s).replaceAll("\\\\ ");
        s = BM.matcher(s).replaceAll("\\\\boldsymbol");
        return new Result(s.strip(), numbered, tag, label);
    }
}
