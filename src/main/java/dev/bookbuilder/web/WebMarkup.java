package dev.bookbuilder.web;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A rendered XHTML page made into the body of a web page: links to other pages point at their .html
 * files, formulas are inline SVG (so that they take the text colour in dark mode, as in the EPUB),
 * and wide tables scroll sideways. The page was rendered with {@link dev.bookbuilder.render.Markup#WEB}, so it
 * has no {@code epub:type}; the root's {@code xml:lang} and namespace declarations stay behind with the root.
 */
final class WebMarkup {
    static final String SVG_NS = "http://www.w3.org/2000/svg";

    /** The parts of a rendered page a web page is made of. */
    record Parts(String lang, String title, String bodyClass, Element body) {
    }

    private WebMarkup() {
    }

    static Parts of(String xhtml, Map<String, String> mathSvgs) {
        Document doc = Jsoup.parse(xhtml, "", Parser.xmlParser());
        Element html = doc.selectFirst("html");
        Element body = doc.selectFirst("body");
        if (html == null || body == null) {
            throw new IllegalArgumentException("a rendered page without html and body elements");
        }
        Element title = doc.selectFirst("head > title");
        for (Element img : body.select("img.math")) {
            String svg = mathSvgs.get(img.attr("src"));
            if (svg != null) {
                img.replaceWith(inlineMath(img, svg));
            }
        }
        for (Element table : body.select("table")) {
            Element parent = table.parent();
            if (parent == null || !parent.hasClass("table-scroll")) {
                table.wrap("<div class=\"table-scroll\"></div>");
            }
        }
        for (Element a : body.select("a[href]")) {
            a.attr("href", SiteNames.link(a.attr("href")));
        }
        String lang = html.hasAttr("lang") ? html.attr("lang") : html.attr("xml:lang");
        return new Parts(lang, title == null ? "" : title.text(), body.attr("class"), body);
    }

    /** The formula's drawing as an inline svg element, sized as the image was, named for assistive technology. */
    private static Element inlineMath(Element img, String svgSource) {
        Element svg = Jsoup.parse(svgSource, "", Parser.xmlParser()).selectFirst("svg");
        for (Attribute a : List.copyOf(svg.attributes().asList())) {
            if (!a.getKey().equals("viewBox")) { // the page's CSS sizes it, in em
                svg.removeAttr(a.getKey());
            }
        }
        return svg.attr("xmlns", SVG_NS).attr("class", img.attr("class")).attr("style", img.attr("style"))
                .attr("role", "img").attr("aria-label", img.attr("alt"));
    }
}
