package dev.bookbuilder.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import dev.bookbuilder.markdown.html.SafeHtml;
import dev.bookbuilder.markdown.math.MathNode;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The one answer to "is this text prose?": words a reader reads as sentences, not code, a formula, a keyboard
 * key, a superscript or raw markup. Automatic indexing, reading time and CJK spacing all ask it, one on the
 * parsed tree, one on the rendered page; the two views below say the same thing of the same text.
 */
public final class Prose {
    /** Rendered elements whose text is not prose: what {@link #isProse(Node)} excludes, as it comes out in XHTML. */
    private static final Set<String> NOT_PROSE_ELEMENTS = Set.of("code", "pre", "kbd", "samp", "sup", "sub", "script", "style",
            "svg", "math");

    private Prose() {
    }

    /** True when a node of a parsed page, and every node around it, is prose. */
    public static boolean isProse(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Code || n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof MathNode
                    || n instanceof HtmlInline || n instanceof HtmlBlock || n instanceof SafeHtml) {
                return false;
            }
        }
        return true;
    }

    /** True when a node of a rendered page stands in no element whose text is not prose. */
    public static boolean isProse(org.jsoup.nodes.Node node) {
        for (org.jsoup.nodes.Node n = node; n != null; n = n.parent()) {
            if (n instanceof Element e && NOT_PROSE_ELEMENTS.contains(e.normalName())) {
                return false;
            }
        }
        return true;
    }
}
