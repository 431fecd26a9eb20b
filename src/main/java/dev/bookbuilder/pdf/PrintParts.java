package dev.bookbuilder.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The print document cut into its parts, and runs of parts taken out into documents of their own to be
 * laid out apart. Every part (the cover, a front-matter page, the contents, an opener, a question, the
 * index, a back-matter page, a blank page) starts a page, and the text block is as wide on a left-hand
 * page as on a right-hand one, so a part breaks into the same pages in a document of its own as in the
 * whole ({@link PartLayouts}); a run that starts on a right-hand page is also painted as in the whole.
 *
 * <p>A run's document holds the part's own elements, moved out of the print document (so that what a
 * layout of it marks, {@link PageEnds}, is marked in the book) until {@link #restore} puts them back.
 */
final class PrintParts {
    /** The classes of the body's children that begin a page (print.css, {@link PrintLayout#css()}, the blank pages). */
    private static final Set<String> STARTS = Set.of("page-cover", "page-front", "print-toc", "page-opener", "page-question", "page-back",
            "blank-page");

    /** One part: the body's children from one that starts a page to the next that does. */
    record Part(List<Element> children, String digest, int size) {
        boolean blank() {
            return children.size() == 1 && children.get(0).hasClass("blank-page");
        }
    }

    private final Document html;
    /** What the body holds before its first page starts (the book's running head): in every run's document. */
    private final List<Element> preamble = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();
    private List<Element> taken;

    private PrintParts(Document html) {
        this.html = html;
        List<Element> current = null;
        for (Element child : html.body().children()) {
            boolean starts = startsPage(child);
            if (starts) {
                if (current != null) {
                    parts.add(part(current));
                }
                current = new ArrayList<>();
            }
            if (current == null) {
                preamble.add(child);
            } else {
                current.add(child);
            }
        }
        if (current != null) {
            parts.add(part(current));
        }
    }

    /** Whether this child of the body begins a part. */
    static boolean startsPage(Element child) {
        return child.classNames().stream().anyMatch(STARTS::contains);
    }

    /** A digest of a string, as the parts' digests are made. */
    static String digest(String s) {
        MessageDigest md = sha256();
        update(md, s);
        return HexFormat.of().formatHex(md.digest());
    }

    /** The print document's parts as it is now. */
    static PrintParts of(Document html) {
        return new PrintParts(html);
    }

    List<Part> parts() {
        return parts;
    }

    /**
     * Takes these runs of parts out of the print document, each into a document of its own (the print
     * document's head and body attributes, the preamble, the run's elements): until {@link #restore}, the
     * print document is not to be read. {@code forPainting}: the document carries no bookmarks and makes
     * none of its own (the book's outline is written once, {@link PartPainter}).
     */
    List<Document> takeOut(List<List<Part>> runs, boolean forPainting) {
        if (taken != null) {
            throw new IllegalStateException("parts already taken out");
        }
        taken = new ArrayList<>(html.body().children());
        List<Document> out = new ArrayList<>();
        for (List<Part> run : runs) {
            Document doc = html.shallowClone();
            Element root = html.child(0).shallowClone();
            doc.appendChild(root);
            Element head = html.head().clone();
            if (forPainting) {
                head.select("bookmarks").remove();
                root.attr("data-pdf-bookmark", "exclude");
            }
            root.appendChild(head);
            Element body = html.body().shallowClone();
            root.appendChild(body);
            boolean first = run.get(0) == parts.get(0);
            for (Element e : preamble) {
                body.appendChild(first ? e : e.clone());
            }
            if (!first) { // laid out as it is in the whole, after the parts before it (RunStart)
                body.appendElement("div").attr(RunStart.MARKER, "continued").attr("style", "height: 0; margin: 0; padding: 0; border: 0");
            }
            for (Part p : run) {
                body.appendChildren(p.children());
            }
            out.add(doc);
        }
        return out;
    }

    /** Puts every element taken out back into the print document, in its place. */
    void restore() {
        if (taken != null) {
            for (Element left : new ArrayList<>(html.body().children())) { // the parts not taken out
                left.remove();
            }
            html.body().appendChildren(taken);
            taken = null;
        }
    }

    /** A part of these children, with a digest of their markup as it is now. */
    static Part part(List<Element> children) {
        MessageDigest md = sha256();
        int[] size = {0};
        for (Element child : children) {
            child.traverse((node, depth) -> {
                update(md, "\u0001" + depth);
                if (node instanceof Element e) {
                    size[0]++;
                    update(md, e.tagName());
                    e.attributes().forEach(a -> {
                        update(md, a.getKey());
                        update(md, a.getValue());
                    });
                } else if (node instanceof TextNode t) {
                    update(md, t.getWholeText());
                } else if (node instanceof DataNode d) {
                    update(md, d.getWholeData());
                }
            });
            update(md, "\u0002");
        }
        return new Part(List.copyOf(children), HexFormat.of().formatHex(md.digest()), size[0]);
    }

    /** A string into the digest, with its length first: "ab"+"c" and "a"+"bc" differ. */
    static void update(MessageDigest md, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update(ByteBuffer.allocate(4).putInt(b.length).array());
        md.update(b);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
