package dev.bookbuilder.render;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The block elements of a rendered page, in document order: the units in which print and EPUB agree
 * on where a printed page begins. Both formats count them on the page as rendered, before their own
 * changes, so the n-th block is the same element in both.
 */
public final class Blocks {
    private static final String SELECTOR = "p, h1, h2, h3, h4, h5, h6, li, pre, table, blockquote, aside, dt, dd, div.figure-drawing";

    private Blocks() {
    }

    public static List<Element> of(Element body) {
        return body.select(SELECTOR).stream().filter(e -> e != body).toList();
    }
}
