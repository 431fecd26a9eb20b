package dev.bookbuilder.joined;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Links between page files, read and made local once the pages are one document. */
@Tag("fast")
class PageLinkTest {

    @Test
    void aLinkSplitsAtTheFragmentAndLinksOutOfThePageAreNotPageLinks() {
        assertEquals(new PageLink("kv-cache.xhtml", "x"), PageLink.parse("kv-cache.xhtml#x"));
        assertEquals(new PageLink("kv-cache.xhtml", null), PageLink.parse("kv-cache.xhtml"));
        assertNull(PageLink.parse("#x"));
        assertNull(PageLink.parse("https://example.org/a.xhtml#x"));
        assertNull(PageLink.parse("mailto:a@example.org"));
        assertNull(PageLink.parse("//example.org/a.xhtml"));
        assertTrue(PageLink.parse("a.xhtml#x").isPage());
        assertFalse(PageLink.parse("media/a.xhtml").isPage(), "a file below another folder is not a page");
        assertFalse(PageLink.parse("media/figure.png").isPage());
        assertEquals("#x", PageLink.parse("a.xhtml#x").hashFragment());
        assertEquals("", PageLink.parse("a.xhtml").hashFragment());
    }

    @Test
    void inOneDocumentALinkPointsAtItsFragmentOrAtThePagesId() {
        Element body = Jsoup.parse("<a href='kv-cache.xhtml#kv-size'>1</a><a href='kv-cache.xhtml'>2</a>"
                + "<a href='#here'>3</a><a href='https://example.org/b.xhtml#y'>4</a>").body();
        JoinedPages.localLinks(body);
        assertEquals(java.util.List.of("#kv-size", "#kv-cache", "#here", "https://example.org/b.xhtml#y"),
                body.select("a").eachAttr("href"));
    }
}
