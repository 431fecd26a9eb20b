package dev.bookbuilder.pdf;

import org.apache.xerces.dom.DocumentImpl;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DocumentType;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
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
     * A Xerces document (what the JAXP builder jsoup uses makes) that keeps no user data, and keeps its
     * lists of elements by tag: PageEnds looks an element up by its index among its tag's elements once
     * per fault, and a new list walked the whole document each time (at 16 times the course's size,
     * minutes). A Xerces list is walked again only after the document changed.
     */
    private static final class WithoutUserData extends DocumentImpl {
        private static final long serialVersionUID = 1L;
        private final transient java.util.Map<String, org.w3c.dom.NodeList> byTag = new java.util.HashMap<>();

        @Override
        public org.w3c.dom.NodeList getElementsByTagName(String tagName) {
            return byTag.computeIfAbsent(tagName, super::getElementsByTagName);
        }

        @Override
        public Object setUserData(Node n, String key, Object data, UserDataHandler handler) {
            return null;
        }
    }
}
