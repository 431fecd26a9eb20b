package dev.bookbuilder.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/** Turns flexmark's HTML into well-formed XHTML and scopes its ids to the page. */
final class Xhtml {
    private Xhtml() {
    }

    /**
     * Parses an HTML fragment and prints it as XHTML. Ids that the book did not allocate
     * (footnotes, for one) get the page id as a prefix, so they stay unique when pages are joined.
     */
    static String fragment(String html, String pageId) {
        Document doc = Jsoup.parseBodyFragment(html);
        String prefix = pageId + "-";
        for (Element e : doc.body().select("[id]")) {
            String id = e.id();
            if (!id.equals(pageId) && !id.startsWith(prefix)) {
                e.id(prefix + id);
            }
        }
        for (Element a : doc.body().select("a[href^=#]")) {
            String target = a.attr("href").substring(1);
            if (!target.equals(pageId) && !target.startsWith(prefix)) {
                a.attr("href", "#" + prefix + target);
            }
        }
        doc.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false);
        return doc.body().html();
    }
}
