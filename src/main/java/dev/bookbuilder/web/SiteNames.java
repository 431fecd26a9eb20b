package dev.bookbuilder.web;

import dev.bookbuilder.edition.EditionAssembler;
import dev.bookbuilder.joined.PageLink;

/** Where a rendered page lives in the site: the title page is the site's index.html, every other page x.xhtml is x.html. */
final class SiteNames {
    static final String INDEX = "index.html";

    private SiteNames() {
    }

    /** The site path of a rendered page's file name ({@code transformer.xhtml} → {@code transformer.html}). */
    static String of(String xhtmlFileName) {
        if (xhtmlFileName.equals(EditionAssembler.TITLE_PAGE_ID + ".xhtml")) {
            return INDEX;
        }
        return xhtmlFileName.endsWith(".xhtml") ? xhtmlFileName.substring(0, xhtmlFileName.length() - ".xhtml".length()) + ".html"
                : xhtmlFileName;
    }

    /**
     * A link of a rendered page, pointed at the site's page: {@code a.xhtml#x} → {@code a.html#x}. Links
     * to other sites, to fragments of the same page and to other files are returned as they are.
     */
    static String link(String href) {
        PageLink link = PageLink.parse(href);
        return link != null && link.isPage() ? of(link.file()) + link.hashFragment() : href;
    }
}
