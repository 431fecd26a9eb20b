package dev.bookbuilder.pdf;

import org.apache.xerces.dom.CoreDocumentImpl;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DocumentType;
import org.w3c.dom.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.UserDataHandler;

/**
 * The print document as the W3C DOM the renderer lays out (a DOM, not a string: setDocumentFromString
 * goes through JAXP, which Saxon, EPUBCheck's, may have taken over). jsoup's converter records on every
 * node the jsoup node it came from, as DOM user data, which Xerces keeps in a hash table per node: the
 * largest part of a converted document (about 190 MB of the heap of a book 16 times the course's size,
 * a third of its DOM) and of no use to the renderer. This DOM does not keep it.
 */
final class PrintDom {
    private PrintDom() {
    }

    static Document of(org.jsoup.nodes.Document html) {
        Document out = new WithoutUserData();
        DocumentType doctype = html.documentType();
        if (doctype != null) { // as W3CDom.fromJsoup does
            out.appendChild(out.getImplementation().createDocumentType(doctype.name(), doctype.publicId(), doctype.systemId()));
        }
        out.setXmlStandalone(true);
        new W3CDom().convert(html, out);
        return out;
    }

    /**
     * A Xerces document (what the JAXP builder jsoup uses makes) that keeps no user data, and lists its
     * elements by tag once: PageEnds looks an element up by its index among its tag's elements once per
     * fault, and a Xerces list walked the document from its last element to the end at every length it
     * was asked (at 16 times the course's size, minutes). The lists are made again after the document
     * changes (Xerces counts its changes). A core document, without DOM traversal: the renderer then never
     * makes an outline of its own from the headings (it walks them with a traversal iterator when the
     * document has no bookmarks, as a run of parts painted apart has not: {@link PartPainter} writes the
     * book's outline once).
     */
    private static final class WithoutUserData extends CoreDocumentImpl {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, List<Node>> byTag = new HashMap<>();
        private transient int listedAt = -1;

        @Override
        public NodeList getElementsByTagName(String tagName) {
            if (listedAt != changes()) {
                byTag.clear();
                listedAt = changes();
            }
            List<Node> nodes = byTag.computeIfAbsent(tagName, tag -> {
                NodeList all = super.getElementsByTagName(tag);
                List<Node> out = new ArrayList<>();
                for (Node n = all.item(0); n != null; n = all.item(out.size())) {
                    out.add(n);
                }
                return out;
            });
            return new NodeList() {
                @Override
                public Node item(int index) {
                    return index >= 0 && index < nodes.size() ? nodes.get(index) : null;
                }

                @Override
                public int getLength() {
                    return nodes.size();
                }
            };
        }

        @Override
        public Object setUserData(Node n, String key, Object data, UserDataHandler handler) {
            return null;
        }
    }
}
