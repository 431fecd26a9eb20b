package dev.bookbuilder.markdown.caption;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The caption of a numbered table or figure. Authors write {@code Table: 标题 {#tbl-id}} above a
 * table, {@code ![alt](x.svg){#fig-id}} for an image, or {@code caption="…" id="fig-…"} on a
 * diagram's fence; the book numbers them per cluster in each edition.
 */
public final class Caption extends Block {
    /** Whether the caption belongs to a table, a figure or an equation (its words: the labels' {@code caption.*}). */
    public enum Kind {
        TABLE, FIGURE, EQUATION
    }

    private final Kind kind;
    private final String text;
    private final String authorId;
    private String anchorId;

    public Caption(Kind kind, String text, String authorId) {
        super(BasedSequence.NULL);
        this.kind = kind;
        this.text = text;
        this.authorId = authorId;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    public Kind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    /** The id the author wrote ({@code tbl-quant}), or null. */
    public String authorId() {
        return authorId;
    }

    public String anchorId() {
        return anchorId;
    }

    public void setAnchorId(String anchorId) {
        this.anchorId = anchorId;
    }
}
