package dev.bookbuilder.markdown.index;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.Set;

/** A shown term becomes a span carrying its anchor; a hidden one an empty anchor span. */
public final class IndexTermNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(IndexTerm.class, this::render));
    }

    private void render(IndexTerm term, NodeRendererContext context, HtmlWriter html) {
        if (term.anchorId() != null) {
            html.attr("id", term.anchorId());
        }
        html.attr("class", term.isAutomatic() ? "index-auto" : term.isVisible() ? "index-term" : "index-anchor");
        html.withAttr().tag("span");
        if (term.isVisible()) {
            html.text(term.text());
        }
        html.tag("/span");
    }
}
