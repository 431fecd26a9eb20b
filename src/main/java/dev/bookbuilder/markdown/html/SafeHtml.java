package dev.bookbuilder.markdown.html;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Raw HTML after the allow-list: what it holds is safe to write into a page as it is. Tags may be
 * left open or closed here and there (an author's {@code <div align="center">} may stand alone); the
 * page is balanced when it is turned into XHTML.
 */
public final class SafeHtml extends Node {
    private final String html;
    private final boolean block;

    public SafeHtml(BasedSequence chars, String html, boolean block) {
        super(chars);
        this.html = html;
        this.block = block;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    public String html() {
        return html;
    }

    /** Whether it stands between blocks rather than inside a paragraph. */
    public boolean isBlock() {
        return block;
    }
}
