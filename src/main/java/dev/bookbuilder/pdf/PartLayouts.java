package dev.bookbuilder.pdf;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.render.Box;
import org.openpdf.render.PageBox;
import org.w3c.dom.Node;

/**
 * The print document's parts laid out again only where they changed. Every part (the cover, a
 * front-matter page, the contents, a cluster's opener, a question, the index, a back-matter page)
 * starts a page, and the text block is as wide on a left-hand page as on a right-hand one, so a part
 * breaks into the same pages wherever it falls. A page-end mend changes one part: the layout after it
 * needs only the parts that changed (the others are left out of the document the renderer sees, with
 * {@code display: none}, but kept in it, so that its elements are those of the whole document), and
 * where each element falls in the whole is added up from each part's pages in the layout that last
 * held it.
 */
final class PartLayouts {
    /** The classes of the body's children that begin a page (print.css and {@link PrintLayout#css()}). */
    private static final Set<String> STARTS = Set.of("page-cover", "page-front", "print-toc", "page-opener", "page-question", "page-back");

    private final Document html;
    /** The part of each child of the body, by index: a part is a child that starts a page and the children after it that do not. */
    private final int[] partOfChild;
    private final int parts;
    private final Map<String, Integer> partOfId = new LinkedHashMap<>();
    private final int[] pageCounts;
    /** Each measured element's page within its part (0 = its first), from the layout that last held the part. */
    private final Map<String, Integer> offsets = new LinkedHashMap<>();
    /** Each part's markup when it was last laid out. */
    private final byte[][] laidOut;
    /** Whether every part began a page in the layouts so far. */
    private boolean partwise = true;

    PartLayouts(Document html, List<String> measured) {
        this.html = html;
        List<Element> children = html.body().children();
        partOfChild = new int[children.size()];
        int part = 0;
        boolean started = false; // what comes before the first page start belongs to the first part
        for (int i = 0; i < children.size(); i++) {
            boolean starts = children.get(i).classNames().stream().anyMatch(STARTS::contains);
            if (starts && started) {
                part++;
            }
            started |= starts;
            partOfChild[i] = part;
        }
        parts = part + 1;
        pageCounts = new int[parts];
        laidOut = new byte[parts][];
        Map<String, Integer> found = new java.util.HashMap<>(); // one walk of the document, not one per id
        for (int i = 0; i < children.size(); i++) {
            for (Element e : children.get(i).getAllElements()) {
                if (!e.id().isEmpty()) {
                    found.putIfAbsent(e.id(), partOfChild[i]);
                }
            }
        }
        for (String id : measured) {
            if (found.containsKey(id)) {
                partOfId.put(id, found.get(id));
            }
        }
    }

    /** Whether a relayout may leave out the parts that did not change: every part began a page so far. */
    boolean partwise() {
        return partwise;
    }

    /** Every part: the whole document. */
    BitSet all() {
        BitSet out = new BitSet(parts);
        out.set(0, parts);
        return out;
    }

    /**
     * The parts whose markup changed since they were last laid out, and the first part always (a
     * layout's first page is not checked for page ends); all of them when a part did not begin a page.
     */
    BitSet changed() {
        if (!partwise) {
            return all();
        }
        BitSet out = new BitSet(parts);
        byte[][] now = digests();
        for (int p = 0; p < parts; p++) {
            if (p == 0 || !Arrays.equals(now[p], laidOut[p])) {
                out.set(p);
            }
        }
        return out;
    }

    /** The print document as the renderer sees it with only these parts in it. */
    org.w3c.dom.Document dom(BitSet shown) {
        org.w3c.dom.Document dom = PrintDom.of(html);
        org.w3c.dom.Element body = (org.w3c.dom.Element) dom.getElementsByTagName("body").item(0);
        int i = 0;
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element child) {
                if (!shown.get(partOfChild[i])) {
                    String style = child.getAttribute("style");
                    child.setAttribute("style", "display: none" + (style.isEmpty() ? "" : "; " + style));
                }
                i++;
            }
        }
        return dom;
    }

    /** Takes each shown part's pages, and where its measured elements fall, from a layout that holds these parts. */
    void record(ITextRenderer renderer, BitSet shown) {
        byte[][] now = digests();
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        int[] first = new int[parts];
        Arrays.fill(first, -1);
        Box body = bodyBox(renderer.getRootBox());
        org.w3c.dom.Element bodyElement = (org.w3c.dom.Element) renderer.getDocument().getElementsByTagName("body").item(0);
        List<org.w3c.dom.Element> children = new ArrayList<>();
        for (Node n = bodyElement.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e) {
                children.add(e);
            }
        }
        for (int k = 0; body != null && k < body.getChildCount(); k++) {
            Box box = body.getChild(k);
            int index = children.indexOf(box.getElement());
            if (index >= 0 && first[partOfChild[index]] < 0) {
                int page = page(pages, box.getAbsY());
                first[partOfChild[index]] = page;
                // A stylesheet may let a part run on from the page before: then only whole layouts measure it.
                partwise &= partOfChild[index] == 0 || box.getAbsY() == pages.get(page).getTop();
            }
        }
        int next = pages.size();
        for (int p = parts - 1; p >= 0; p--) {
            if (shown.get(p)) {
                if (first[p] < 0) {
                    throw new IllegalStateException("part " + p + " of the print document was not laid out");
                }
                pageCounts[p] = next - first[p];
                next = first[p];
                laidOut[p] = now[p];
            }
        }
        List<String> ids = partOfId.keySet().stream().filter(id -> shown.get(partOfId.get(id))).toList();
        PdfBookWriter.physicalPages(renderer, ids).forEach((id, page) -> offsets.put(id, page - 1 - first[partOfId.get(id)]));
    }

    /** The 1-based physical page of each measured element in the whole document, from the parts' latest layouts. */
    Map<String, Integer> physicalPages() {
        int[] start = new int[parts];
        for (int p = 1; p < parts; p++) {
            start[p] = start[p - 1] + pageCounts[p - 1];
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        partOfId.forEach((id, part) -> out.put(id, start[part] + offsets.get(id) + 1));
        return out;
    }

    /** The box of the body: the root's child whose element is {@code <body>}. */
    static Box bodyBox(Box root) {
        if (root.getElement() != null && "body".equals(root.getElement().getTagName())) {
            return root;
        }
        for (int k = 0; k < root.getChildCount(); k++) {
            Box c = root.getChild(k);
            if (c.getElement() != null && "body".equals(c.getElement().getTagName())) {
                return c;
            }
        }
        return null;
    }

    private static int page(List<PageBox> pages, int y) {
        int p = 0;
        while (p < pages.size() - 1 && pages.get(p).getBottom() <= y) {
            p++;
        }
        return p;
    }

    /**
     * A digest of each part's markup: tags, attributes and text, walked node by node (the part's HTML
     * as one string, for every part at every relayout, was garbage enough to grow the heap).
     */
    private byte[][] digests() {
        List<Element> children = html.body().children();
        byte[][] out = new byte[parts][];
        MessageDigest md = PrintParts.sha256();
        for (int i = 0; i < children.size(); i++) {
            children.get(i).traverse((node, depth) -> {
                PrintParts.update(md, "\u0001" + depth);
                if (node instanceof Element e) {
                    PrintParts.update(md, e.tagName());
                    e.attributes().forEach(a -> {
                        PrintParts.update(md, a.getKey());
                        PrintParts.update(md, a.getValue());
                    });
                } else if (node instanceof TextNode t) {
                    PrintParts.update(md, t.getWholeText());
                } else if (node instanceof DataNode d) {
                    PrintParts.update(md, d.getWholeData());
                }
            });
            if (i + 1 == children.size() || partOfChild[i + 1] != partOfChild[i]) {
                out[partOfChild[i]] = md.digest(); // and the digest starts again for the next part
            }
        }
        return out;
    }

}
