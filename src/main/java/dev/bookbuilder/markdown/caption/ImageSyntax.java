package dev.bookbuilder.markdown.caption;

import dev.bookbuilder.config.Position;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.source.SourceText;
import java.util.ArrayList;
import java.util.List;

/**
 * Images as the parser left them. A reference image ({@code ![alt][ref]} with {@code [ref]: x.png}) becomes the
 * image it names, so that it is checked, copied and numbered like any other; an {@code ![alt]} the parser could
 * not take as an image ({@code ![alt](<unclosed}, a reference nobody defines) is an error at its position, never
 * text on the page.
 */
public final class ImageSyntax {
    private ImageSyntax() {
    }

    public static void resolve(Document doc, SourceText text, Diagnostics diags) {
        List<ImageRef> refs = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof ImageRef r) {
                refs.add(r);
            }
        }
        for (ImageRef r : refs) {
            Reference target = r.isDefined() ? r.getReferenceNode(doc) : null;
            if (target != null) {
                r.insertBefore(new FigureImage(r.getChars(), target.getUrl().toString(), r.getText().toString(), "", "", false));
                r.unlink();
                continue;
            }
            Position where = text.at(r.getStartOffset());
            String body = text.body();
            int lineEnd = body.indexOf('\n', r.getStartOffset());
            String written = body.substring(r.getStartOffset(), lineEnd < 0 ? body.length() : lineEnd).strip();
            diags.error("image-syntax", where, "`" + (written.length() > 60 ? written.substring(0, 60) + "…" : written)
                    + "` is not an image: write ![what it shows](path), a path with spaces as <a b.png> or a%20b.png,"
                    + " the brackets and parentheses closed (or \\![ for the text itself)");
        }
    }
}
