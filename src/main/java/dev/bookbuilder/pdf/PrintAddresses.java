package dev.bookbuilder.pdf;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Element;

/**
 * The address printed after a link to a file of the book's repository (paper cannot be clicked):
 * as a reader types it, {@code …/数据 说明.txt}, not percent-encoded as the link itself stays.
 */
final class PrintAddresses {
    /** The attribute print.css shows after the link ({@code a.file-link::after}). */
    static final String ATTR = "data-address";

    private PrintAddresses() {
    }

    static void fill(Element body) {
        for (Element a : body.select("a.file-link[href]")) {
            a.attr(ATTR, decoded(a.attr("href")));
        }
    }

    static String decoded(String href) {
        try {
            // URLDecoder is for forms: a '+' in an address is a plus, not a space.
            return URLDecoder.decode(href.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return href; // a stray '%': the address as written
        }
    }
}
