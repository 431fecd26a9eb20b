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
    private static final Pattern TEXTNORMAL = Pattern.compile("\\\\textnormal(?![A-Za-z])");
    /** A space given as a bare dimension ({@code \kern-0.1em}, {@code \mkern3mu}, {@code \hskip 2pt}): JLaTeXMath reads only {@code \kern{…}}. */
    private static final Pattern KERN = Pattern.compile(
            "\\\\(?:kern|mkern|hskip|mskip)\\s*(-?)\\s*(\\d+\\.?\\d*|\\.\\d+)\\s*(em|ex|pt|mu|px|cm|mm|in|bp|pc|dd|sp)(?![A-Za-z])");
    /** KaTeX's arrow names, which JLaTeXMath lacks (mdBook and docsify books use them), with the commands they stand for. */
    private static final java.util.Map<String, String> KATEX_ARROWS = java.util.Map.ofEntries(
            java.util.Map.entry("rarr", "rightarrow"), java.util.Map.entry("larr", "leftarrow"),
            java.util.Map.entry("lrarr", "leftrightarrow"), java.util.Map.entry("harr", "leftrightarrow"),
            java.util.Map.entry("uarr", "uparrow"), java.util.Map.entry("darr", "downarrow"),
            java.util.Map.entry("Rarr", "Rightarrow"), java.util.Map.entry("Larr", "Leftarrow"),
            java.util.Map.entry("rArr", "Rightarrow"), java.util.Map.entry("lArr", "Leftarrow"),
            java.util.Map.entry("Lrarr", "Leftrightarrow"), java.util.Map.entry("lrArr", "Leftrightarrow"),
            java.util.Map.entry("Harr", "Leftrightarrow"), java.util.Map.entry("hArr", "Leftrightarrow"),
            java.util.Map.entry("Uarr", "Uparrow"), java.util.Map.entry("uArr", "Uparrow"),
            java.util.Map.entry("Darr", "Downarrow"), java.util.Map.entry("dArr", "Downarrow"));
    private static final Pattern ARROW = Pattern.compile("\\\\(" + String.join("|", KATEX_ARROWS.keySet()) + ")(?![A-Za-z])");

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
        s = TEXTNORMAL.matcher(s).replaceAll("\\\\textrm");
        s = KERN.matcher(s).replaceAll("\\\\kern{$1$2$3}");
        s = ARROW.matcher(s).replaceAll(m -> Matcher.quoteReplacement("\\" + KATEX_ARROWS.get(m.group(1))));
        s = stackedScripts(s);
        return new Result(s.strip(), numbered, tag, label);
    }

    /**
     * A script of several lines, {@code \prod_{j=1\\j\neq i}}, as {@code \prod_{\substack{j=1\\j\neq i}}}:
     * MathJax and KaTeX stack the lines, JLaTeXMath takes {@code \\} there only inside {@code \substack}.
     */
    static String stackedScripts(String s) {
        if (!s.contains("\\\\")) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        int done = 0;
        for (int i = 0; i + 1 < s.length(); i++) {
            if ((s.charAt(i) == '_' || s.charAt(i) == '^') && s.charAt(i + 1) == '{' && (i == 0 || s.charAt(i - 1) != '\\')) {
                int close = dev.bookbuilder.config.TexBraces.closing(s, i + 1);
                if (close < 0) {
                    break;
                }
                String inner = s.substring(i + 2, close);
                if (inner.contains("\\\\") && !inner.contains("\\begin") && !inner.strip().startsWith("\\substack")) {
                    out.append(s, done, i + 2).append("\\substack{").append(inner).append('}');
                    done = close;
                    i = close - 1;
                }
            }
        }
        return out.append(s.substring(done)).toString();
    }
}
