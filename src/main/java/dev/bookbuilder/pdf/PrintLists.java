package dev.bookbuilder.pdf;

import org.jsoup.nodes.Element;

/**
 * Gives each item of an unordered list a marker in its hanging indent. The renderer draws no disc
 * for {@code list-style-type}, and a generated {@code ::before} would stand on a line of its own in
 * front of an item that holds paragraphs; so the marker is put into the item's first line itself.
 */
final class PrintLists {
    static final String MARKER = "\u25CF"; // ●, the solid bullet of Chinese textbooks
    static final String NESTED_MARKER = "\u25CB"; // ○ for a list inside a list

    private PrintLists() {
    }

    static void markUnordered(Element body) {
        for (Element li : body.select("ul > li")) {
            Element first = li.firstElementChild();
            // A loose item's text stands in its first paragraph; a tight item's in the item itself.
            Element line = first != null && first.tagName().equals("p") && li.textNodes().stream().allMatch(t -> t.isBlank()) ? first : li;
            boolean nested = Selectors.closest(li.parent(), "li") != null;
            line.addClass("li-hang");
            line.prependElement("span").addClass("li-marker").text(nested ? NESTED_MARKER : MARKER);
        }
    }
}
