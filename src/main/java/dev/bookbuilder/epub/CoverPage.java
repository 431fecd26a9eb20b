package dev.bookbuilder.epub;

import dev.bookbuilder.i18n.Labels;
import dev.bookbuilder.render.Templates;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * The cover inside the package: a first page that shows the cover image, and its landmark. The ids
 * hold an underscore, which no page id of a book may, so they never clash with a page.
 */
final class CoverPage {
    static final String PAGE_ID = "cover_page";
    static final String IMAGE_ID = "cover_image";
    static final String FILE_NAME = PAGE_ID + ".xhtml";

    private CoverPage() {
    }

    static String xhtml(Templates templates, String lang, String css, String title, String imageHref) {
        return templates.render("epub/cover.xhtml.ftlx",
                Map.of("lang", lang, "css", css, "title", title, "image", imageHref, "id", PAGE_ID, "labels", Labels.of(lang)));
    }

    /** The navigation document with the cover (封面) first among its landmarks. */
    static String withLandmark(String navXhtml) {
        Document doc = Jsoup.parse(navXhtml, "", Parser.xmlParser());
        Element landmarks = doc.selectFirst("nav[epub:type=landmarks] > ol");
        if (landmarks == null) {
            throw new IllegalStateException("the navigation document has no landmarks");
        }
        landmarks.prependElement("li").appendElement("a").attr("epub:type", "cover").attr("href", FILE_NAME).text(Labels.of(doc.selectFirst("html").attr("lang")).get("cover.title"));
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false).charset("UTF-8");
        return doc.outerHtml();
    }
}
