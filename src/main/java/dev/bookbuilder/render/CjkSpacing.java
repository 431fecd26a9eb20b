package dev.bookbuilder.render;

import dev.bookbuilder.i18n.ScriptGaps;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * A small gap (a thin space, U+2009) between Chinese characters and Latin letters or digits, as
 * careful Chinese typesetting has it: made at render time, the sources stay as written, never
 * inside code, keyboard keys or math. Where the author typed a space, nothing is added.
 */
final class CjkSpacing {
    static final char GAP = ScriptGaps.GAP;

    private CjkSpacing() {
    }

    static void apply(Element root) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && eligible(t)) {
                texts.add(t);
            }
        }, root);
        for (int i = 0; i < texts.size(); i++) {
            TextNode t = texts.get(i);
            String spaced = space(t.getWholeText());
            if (!spaced.equals(t.getWholeText())) {
                t.text(spaced);
            }
            // Across an inline boundary, the gap goes outside the inline element: "模型 <a>GPT</a>", "<a>GPT</a> 模型".
            if (i + 1 < texts.size() && adjacent(t, texts.get(i + 1)) && !spaced.isEmpty()) {
                TextNode next = texts.get(i + 1);
                String n = next.getWholeText();
                if (!n.isEmpty() && needsGap(spaced.codePointBefore(spaced.length()), n.codePointAt(0))) {
                    if (t.parent() instanceof Element p && p.isBlock()) {
                        t.text(spaced + GAP);
                    } else {
                        next.text(GAP + n);
                    }
                }
            }
        }
    }

    static String space(String s) {
        return ScriptGaps.space(s);
    }

    private static boolean needsGap(int a, int b) {
        return ScriptGaps.needsGap(a, b);
    }

    private static boolean eligible(TextNode t) {
        return dev.bookbuilder.markdown.Prose.isProse(t);
    }

    /** True when nothing but inline element edges stands between the two texts (same block). */
    private static boolean adjacent(TextNode a, TextNode b) {
        Element blockA = block(a);
        return blockA != null && blockA == block(b);
    }

    private static Element block(TextNode t) {
        for (Node p = t.parent(); p instanceof Element e; p = e.parent()) {
            if (e.isBlock()) {
                return e;
            }
        }
        return null;
    }
}
