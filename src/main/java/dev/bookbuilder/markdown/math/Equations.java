package dev.bookbuilder.markdown.math;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.bookbuilder.markdown.caption.Caption;
import dev.bookbuilder.markdown.math.EquationRef;
import dev.bookbuilder.markdown.math.MathNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered equations: a displayed {@code equation} (or a formula with {@code \tag}) gets a caption of
 * kind equation, numbered per cluster by each edition like figures; a formula that is only
 * {@code \eqref{label}} or {@code \ref{label}} becomes a link that shows that number.
 */
public final class Equations {
    private static final Pattern REF = Pattern.compile("\\s*\\\\(?:eq)?ref\\s*\\{([^{}]+)\\}\\s*");

    private Equations() {
    }

    /** Replaces the formulas that only refer to an equation by links to it. */
    public static void linkReferences(Document doc) {
        List<MathNode> refs = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof MathNode m && REF.matcher(m.latex()).matches()) {
                refs.add(m);
            }
        }
        for (MathNode m : refs) {
            Matcher r = REF.matcher(m.latex());
            r.matches();
            m.insertBefore(new EquationRef(m.getChars(), r.group(1).strip()));
            m.unlink();
        }
    }

    /**
     * Rewrites the formula for JLaTeXMath (its macros expanded with the page's {@code macros}) and, when it is numbered, returns its caption (not part of the
     * tree: the number is drawn beside the formula); its label is added to {@code anchors}.
     */
    public static Caption caption(MathNode math, String anchorId, java.util.Map<String, String> anchors, Macros macros) {
        // Nesting is measured before anything parses the LaTeX, and again once macros are expanded.
        String latex = math.latex();
        String problem = MathLimits.problem(latex);
        if (problem == null) {
            try {
                latex = macros.expand(latex);
                problem = MathLimits.problem(latex);
            } catch (Macros.TooMuch e) {
                problem = e.getMessage();
            }
        }
        if (problem != null) {
            math.setLimitProblem(problem);
            return null;
        }
        LatexNormalizer.Result r = LatexNormalizer.normalize(latex);
        math.setDrawnLatex(r.latex());
        if (!math.isDisplay() || !r.numbered()) {
            return null;
        }
        Caption c = new Caption(Caption.Kind.EQUATION, r.tag(), null);
        c.setAnchorId(anchorId);
        math.setEquationId(anchorId);
        if (!r.label().isEmpty()) {
            anchors.put(r.label(), anchorId);
        }
        return c;
    }
}
