package dev.bookbuilder.markdown.math;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * {@code $\eqref{eq:attn}$}: a link with no text to a numbered equation, which shows the equation's
 * number in each edition ("式 (3-2)"). LaTeX labels are global, so the target may be on another page.
 */
public final class EquationRef extends Link {
    public EquationRef(BasedSequence chars, String label) {
        super(chars);
        setUrlChars(BasedSequence.of("#" + label));
    }

    public String label() {
        return getUrl().toString().substring(1);
    }
}
