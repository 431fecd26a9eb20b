package dev.bookbuilder.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.util.ast.Node;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.source.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps raw HTML to the safe set of BOOK-FORMAT.md ({@code <kbd> <sub> <sup> <br>}, no attributes).
 * Anything else is reported and removed from the tree, so it never reaches EPUB or PDF.
 */
final class HtmlSafety {
    private static final Pattern SAFE_TAG = Pattern.compile("(?i)</?(kbd|sub|sup)\\s*>|<br\\s*/?\\s*>");

    private HtmlSafety() {
    }

    static void clean(Node document, SourceText text, Diagnostics diags) {
        List<Node> drop = new ArrayList<>();
        for (Node n : document.getDescendants()) {
            if (n instanceof HtmlInlineComment || n instanceof HtmlCommentBlock) {
                drop.add(n); // author comments are not content
            } else if (n instanceof HtmlInline || n instanceof HtmlBlock) {
                String raw = n.getChars().toString().strip();
                if (!(n instanceof HtmlInline && SAFE_TAG.matcher(raw).matches())) {
                    int[] lc = text.lineAndColumn(n.getStartOffset());
                    String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
                    diags.warning("unsafe-html", text.file(), lc[0], lc[1], "raw HTML `" + shown
                            + "` is dropped: only <kbd>, <sub>, <sup> and <br> are allowed");
                    drop.add(n);
                }
            }
        }
        drop.forEach(Node::unlink);
    }
}
