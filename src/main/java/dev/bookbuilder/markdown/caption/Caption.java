package dev.bookbuilder.markdown.caption;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The caption of a numbered table or figure. Authors write {@code Table: 标题 {#tbl-id}} above a
 * table, {@code ![alt](x.svg){#fig-id}} for an image, or {@code caption="…" id="fig-…"} on a
 * diagram's fence; the book numbers them per cluster in each edition.
 */
public final class Caption extends Block {
    /** Whether the caption belongs to a table or a figure. */
    public enum Kind {
        TABLE("表"), FIGURE("图"), EQUATION("式");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** "表 3-1", "图 3-1", "式 (3-1)". */
        public String format(String number) {
            return this == EQUATION ? label + " (" + number + ")" : label + " " + number;
        }
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
