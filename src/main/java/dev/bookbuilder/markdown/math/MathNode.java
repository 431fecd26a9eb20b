package dev.bookbuilder.markdown.math;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A formula: {@code $...$} inline or {@code $$...$$} displayed, its LaTeX source kept as written. */
public final class MathNode extends Node implements DoNotDecorate {
    private final BasedSequence latex;
    private final boolean display;
    private boolean valid = true;

    public MathNode(BasedSequence chars, BasedSequence latex, boolean display) {
        super(chars);
        this.latex = latex;
        this.display = display;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {latex};
    }

    public String latex() {
        return latex.toString().strip();
    }

    public boolean isDisplay() {
        return display;
    }

    private String drawn;
    private String equationId;

    /** The LaTeX as it is drawn, rewritten for JLaTeXMath; the source as written until it is set. */
    public String drawnLatex() {
        return drawn != null ? drawn : latex();
    }

    public void setDrawnLatex(String drawn) {
        this.drawn = drawn;
    }

    /** The anchor id of a numbered equation, or null for a formula without a number. */
    public String equationId() {
        return equationId;
    }

    public void setEquationId(String equationId) {
        this.equationId = equationId;
    }

    private String limitProblem;

    /** Why the formula is too much work to draw (see {@link MathLimits}), or null. */
    public String limitProblem() {
        return limitProblem;
    }

    public void setLimitProblem(String limitProblem) {
        this.limitProblem = limitProblem;
    }

    /** False when the LaTeX does not parse: the source is shown as code instead. */
    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
