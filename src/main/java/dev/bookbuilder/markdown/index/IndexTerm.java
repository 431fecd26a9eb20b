package dev.bookbuilder.markdown.index;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * An index term: {@code ((KV Cache))} is shown and indexed, {@code (((KV Cache)))} only indexed,
 * {@code (((注意力机制, 多头注意力)))} indexes a sub-entry. The anchor id is given once, when the
 * book is parsed, so that every edition points at the same place.
 */
public final class IndexTerm extends Node implements DoNotDecorate {
    private final BasedSequence content;
    private final boolean visible;
    private final boolean automatic;
    private String anchorId;

    public IndexTerm(BasedSequence chars, BasedSequence content, boolean visible) {
        this(chars, content, visible, false);
    }

    private IndexTerm(BasedSequence chars, BasedSequence content, boolean visible, boolean automatic) {
        super(chars);
        this.content = content;
        this.visible = visible;
        this.automatic = automatic;
    }

    /**
     * A term the glossary found: it wraps the words as written, so that its anchor stands on the
     * same line (and page) as they do. It looks like the text around it.
     */
    public static IndexTerm automatic(BasedSequence words) {
        return new IndexTerm(words, words, true, true);
    }

    /** True when the glossary, not the author, placed this term. */
    public boolean isAutomatic() {
        return automatic;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {content};
    }

    public boolean isVisible() {
        return visible;
    }

    /** The text between the parentheses, trimmed. */
    public String text() {
        return content.toString().strip();
    }

    /** The main entry: the whole text when shown, the part before the first comma when hidden. */
    public String primary() {
        String t = text();
        int comma = visible ? -1 : t.indexOf(',');
        return comma < 0 ? t : t.substring(0, comma).strip();
    }

    /** The sub-entry of a hidden {@code (((primary, secondary)))} term, or null. */
    public String secondary() {
        String t = text();
        int comma = visible ? -1 : t.indexOf(',');
        return comma < 0 ? null : t.substring(comma + 1).strip();
    }

    public String anchorId() {
        return anchorId;
    }

    public void setAnchorId(String anchorId) {
        this.anchorId = anchorId;
    }
}
