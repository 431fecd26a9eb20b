package dev.bookbuilder.epub;

import dev.bookbuilder.render.Blocks;
import dev.bookbuilder.write.PrintedPages;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * The print edition's page numbers in the EPUB: a page-break marker where each printed page begins,
 * and a page-list in the navigation document, so that a reader and a teacher can both say "page 37".
 */
final class PageBreaks {
    private PageBreaks() {
    }

    static String id(String label) {
        return "page-" + label;
    }

    /**
     * Marks the block each of {@code pages} begins at. Called on the page as rendered, before any
     * reader markup changes it, so that blocks are counted as the PDF counted them.
     */
    static void insert(Document doc, List<PrintedPages.Page> pages) {
        Element body = doc.selectFirst("body");
        List<Element> blocks = Blocks.of(body);
        for (PrintedPages.Page p : pages) {
            Element marker = new Element("span").attr("id", id(p.label())).attr("epub:type", "pagebreak")
                    .attr("role", "doc-pagebreak").attr("aria-label", p.label());
            if (p.block() >= blocks.size()) {
                body.appendChild(marker);
                continue;
            }
            Element block = blocks.get(p.block());
            if (block.tagName().equals("table")) {
                block.before(marker); // a table holds rows, not text
            } else {
                // Inside the block: a list holds items only, and the marker is phrasing content.
                Element last = block.children().stream().filter(c -> c.hasAttr("epub:type") && c.attr("epub:type").equals("pagebreak"))
                        .reduce((a, b) -> b).orElse(null);
                if (last != null) {
                    last.after(marker);
                } else {
                    block.prependChild(marker);
                }
            }
        }
    }

    /** The navigation document with a page-list: every printed page, in order, linked to its marker. */
    static String withPageList(String navXhtml, List<PrintedPages.Page> pages, java.util.function.Function<String, String> fileOf,
            String heading) {
        Document doc = parse(navXhtml);
        Element nav = doc.selectFirst("body").appendElement("nav").attr("epub:type", "page-list").attr("hidden", "hidden")
                .attr("aria-label", heading);
        nav.appendElement("h2").text(heading);
        Element list = nav.appendElement("ol");
        for (PrintedPages.Page p : pages) {
            list.appendElement("li").appendElement("a").attr("href", fileOf.apply(p.pageId()) + "#" + id(p.label())).text(p.label());
        }
        return serialize(doc);
    }

    private static Document parse(String xhtml) {
        return Jsoup.parse(xhtml, "", Parser.xmlParser());
    }

    private static String serialize(Document doc) {
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false).charset("UTF-8");
        return doc.outerHtml();
    }
}
