package dev.bookbuilder.markdown.caption;

import dev.bookbuilder.markdown.math.Equations;
import dev.bookbuilder.markdown.math.Macros;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.bookbuilder.markdown.caption.Caption;
import dev.bookbuilder.markdown.caption.FigureImage;
import dev.bookbuilder.markdown.math.MathNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds table, figure and equation captions in a parsed page and turns them into {@link Caption} nodes. */
public final class Captions {
    private static final Pattern TABLE = Pattern.compile("Table:\\s*(.*?)\\s*(?:\\{#(tbl-[A-Za-z0-9_-]+)\\})?\\s*");
    private static final Pattern FIG_ATTR = Pattern.compile("^\\s*\\{#(fig-[A-Za-z0-9_-]+)\\}");
    private static final Pattern INFO_ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern DIAGRAM = Pattern.compile("^(plantuml|chart)\\b.*");
    /** A chart's own {@code title:} line: its caption when the fence gives none. */
    private static final Pattern CHART_TITLE = Pattern.compile("(?m)^title:[ \\t]*(?:\"([^\"]*)\"|'([^']*)'|(.*?))[ \\t]*$");

    private Captions() {
    }

    /** Inserts caption nodes, gives them page-unique anchors, and adds their author ids to {@code anchors}. */
    public static List<Caption> extract(Document doc, String pageId, Map<String, String> anchors, Macros bookMacros) {
        List<Caption> out = new ArrayList<>();
        Macros macros = new Macros(bookMacros); // the book's macros, and a page's \newcommand for its later formulas
        for (Node n : List.copyOf(listDescendants(doc))) {
            Caption c = null;
            if (n instanceof Paragraph p && p.getNext() instanceof TableBlock) {
                Matcher m = TABLE.matcher(p.getChars().toString().strip());
                if (m.matches()) {
                    c = new Caption(Caption.Kind.TABLE, m.group(1), m.group(2));
                    p.insertBefore(c);
                    p.unlink();
                }
            } else if (n instanceof Paragraph p && loneImage(p) instanceof Image img) {
                // Pandoc's implicit figure: an image alone in its paragraph is captioned with its alt text.
                String text = img instanceof FigureImage f && !f.caption().isEmpty() ? f.caption() : img.getText().toString().strip();
                if (!text.isEmpty()) {
                    c = new Caption(Caption.Kind.FIGURE, text, null);
                    p.insertAfter(c);
                }
            } else if (n instanceof Image img && img.getNext() instanceof Text t) {
                Matcher m = FIG_ATTR.matcher(t.getChars());
                if (m.find()) {
                    t.setChars(t.getChars().subSequence(m.end()));
                    if (t.getChars().isBlank()) {
                        t.unlink();
                    }
                    c = new Caption(Caption.Kind.FIGURE, img.getText().toString(), m.group(1));
                    Node block = img.getAncestorOfType(Paragraph.class);
                    (block != null ? block : img).insertAfter(c);
                }
            } else if (n instanceof MathNode m) {
                Caption eq = Equations.caption(m, pageId + "-equation" + (out.size() + 1), anchors, macros);
                if (eq != null) {
                    out.add(eq);
                }
                continue;
            } else if (n instanceof FencedCodeBlock f && DIAGRAM.matcher(f.getInfo().toString()).matches()) {
                String caption = null;
                String id = null;
                Matcher m = INFO_ATTR.matcher(f.getInfo().toString());
                while (m.find()) {
                    if (m.group(1).equals("caption")) {
                        caption = m.group(2);
                    } else if (m.group(1).equals("id")) {
                        id = m.group(2);
                    }
                }
                if (caption == null && f.getInfo().toString().startsWith("chart")) {
                    Matcher t = CHART_TITLE.matcher(f.getContentChars());
                    if (t.find()) {
                        caption = t.group(1) != null ? t.group(1) : t.group(2) != null ? t.group(2) : t.group(3);
                    }
                }
                if (caption != null || id != null) {
                    c = new Caption(Caption.Kind.FIGURE, caption == null ? "" : caption, id);
                    f.insertAfter(c);
                }
            }
            if (c != null) {
                c.setAnchorId(pageId + "-" + (c.authorId() != null ? c.authorId() : c.kind().name().toLowerCase() + (out.size() + 1)));
                if (c.authorId() != null) {
                    anchors.put(c.authorId(), c.anchorId());
                }
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /** The paragraph's only content when that is an image, else null. */
    private static Node loneImage(Paragraph p) {
        Node image = null;
        for (Node child : p.getChildren()) {
            if (child instanceof Image && image == null) {
                image = child;
            } else if (!(child instanceof SoftLineBreak || child instanceof Text t && t.getChars().isBlank())) {
                return null;
            }
        }
        return image;
    }

    private static List<Node> listDescendants(Document doc) {
        List<Node> all = new ArrayList<>();
        doc.getDescendants().forEach(all::add);
        return all;
    }
}
