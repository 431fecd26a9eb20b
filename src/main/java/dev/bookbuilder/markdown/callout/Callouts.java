package dev.bookbuilder.markdown.callout;

import dev.bookbuilder.config.Position;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.source.SourceText;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns block quotes that open with {@code [!KIND]} into {@link Callout} nodes. Any {@code [!NAME]} is read as a
 * marker (GitHub's syntax, letter case ignored); a name {@link Callout.Kind} lacks is a warning and the quote stays a quote.
 */
public final class Callouts {
    private static final Pattern MARKER = Pattern.compile("^\\[!([A-Za-z][A-Za-z0-9_-]*)\\]\\s*");

    private Callouts() {
    }

    public static void convert(Document doc, SourceText text, Diagnostics diags) {
        for (Node n : List.copyOf(iterable(doc))) {
            if (!(n instanceof BlockQuote quote) || !(quote.getFirstChild() instanceof Paragraph first)) {
                continue;
            }
            // Match the source: the parser may have split "[!NOTE]" into several inline nodes.
            Matcher m = MARKER.matcher(first.getChars());
            if (!m.find()) {
                continue;
            }
            java.util.Optional<Callout.Kind> kind = Callout.Kind.named(m.group(1));
            if (kind.isEmpty()) {
                Position where = text.at(first.getStartOffset());
                diags.warning("unknown-callout", where, "`[!" + m.group(1) + "]` is no kind of callout ("
                        + java.util.Arrays.stream(Callout.Kind.values()).map(Enum::name).collect(java.util.stream.Collectors.joining(", "))
                        + "): it is shown as a quote");
                continue;
            }
            int markerEnd = first.getStartOffset() + m.end();
            for (Node child : List.copyOf(iterable(first))) {
                if (child.getParent() != first) {
                    continue;
                }
                if (child.getEndOffset() <= markerEnd) {
                    child.unlink();
                } else if (child.getStartOffset() < markerEnd && child instanceof Text t) {
                    t.setChars(t.getChars().subSequence(markerEnd - t.getStartOffset()));
                }
            }
            if (first.getFirstChild() instanceof SoftLineBreak br) {
                br.unlink();
            }
            if (!first.hasChildren()) {
                first.unlink();
            }
            Callout callout = new Callout(quote.getChars(), kind.get());
            quote.insertBefore(callout);
            callout.takeChildren(quote);
            quote.unlink();
        }
    }

    private static List<Node> iterable(Node root) {
        List<Node> all = new java.util.ArrayList<>();
        root.getDescendants().forEach(all::add);
        return all;
    }
}
