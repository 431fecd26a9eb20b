package dev.bookbuilder.markdown.html;

import dev.bookbuilder.config.Position;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.markdown.caption.FigureImage;
import dev.bookbuilder.markdown.html.SafeHtml;
import dev.bookbuilder.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces every piece of raw HTML in a page by what the allow-list keeps of it ({@link HtmlSanitizer}):
 * safe markup, and images as image nodes, so that an {@code <img>} is checked, packaged and numbered as
 * a Markdown image is. What is dropped is reported at its position.
 */
public final class HtmlSafety {
    private HtmlSafety() {
    }

    public static void clean(Node document, SourceText text, Diagnostics diags) {
        List<Node> raw = new ArrayList<>();
        for (Node n : document.getDescendants()) {
            if (n instanceof HtmlInlineComment || n instanceof HtmlCommentBlock || n instanceof HtmlInline || n instanceof HtmlBlock) {
                raw.add(n);
            }
        }
        for (Node n : raw) {
            if (!(n instanceof HtmlInlineComment || n instanceof HtmlCommentBlock)) { // author comments are not content
                replace(n, text, diags);
            }
            n.unlink();
        }
    }

    private static void replace(Node n, SourceText text, Diagnostics diags) {
        BasedSequence chars = n.getChars();
        HtmlSanitizer.Result result = HtmlSanitizer.sanitize(chars.toString());
        for (HtmlSanitizer.Warning w : result.warnings()) {
            Position where = text.at(chars.getStartOffset() + w.offset());
            diags.warning("unsafe-html", where, w.message());
        }
        boolean block = n instanceof HtmlBlock;
        for (HtmlSanitizer.Part part : result.parts()) {
            Node replacement = switch (part) {
                case HtmlSanitizer.Markup m -> new SafeHtml(chars, m.html(), block);
                case HtmlSanitizer.Img img -> {
                    int start = Math.min(chars.length(), Math.max(0, img.offset()));
                    int end = Math.min(chars.length(), Math.max(start, img.offset() + img.length()));
                    FigureImage image = new FigureImage(chars.subSequence(start, end), img.src(), img.alt(),
                            img.width(), img.caption(), true);
                    if (block && result.figure()) {
                        // One image wrapped in nothing but alignment: a figure, as an image alone in its paragraph is.
                        Paragraph p = new Paragraph(image.getChars());
                        p.appendChild(image);
                        yield p;
                    }
                    yield image;
                }
            };
            n.insertBefore(replacement);
        }
    }
}
