package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

@Tag("fast")
class PrintDomTest {
    /** A tag's elements listed once (PageEnds asks for them once per fault), and listed again after the document changed. */
    @Test
    void elementsByTagAreListedOnceAndFollowChanges() {
        Document dom = PrintDom.of(Jsoup.parse("<html><body><p id='a'>one</p><div><p id='b'>two</p></div></body></html>"));
        NodeList ps = dom.getElementsByTagName("p");
        assertEquals(2, ps.getLength());
        assertEquals("b", ((org.w3c.dom.Element) ps.item(1)).getAttribute("id"));
        org.w3c.dom.Element c = dom.createElement("p");
        c.setAttribute("id", "c");
        dom.getElementsByTagName("body").item(0).insertBefore(c, dom.getElementsByTagName("div").item(0));
        assertEquals(3, dom.getElementsByTagName("p").getLength());
        assertEquals("c", ((org.w3c.dom.Element) dom.getElementsByTagName("p").item(1)).getAttribute("id"));
    }
}
