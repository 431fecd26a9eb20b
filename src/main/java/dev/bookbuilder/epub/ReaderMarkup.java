package dev.bookbuilder.epub;

import dev.bookbuilder.markdown.math.MathRenderer;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a page needs on a reading system and not in print, added when the page is packaged:
 * formulas inline as SVG (an image file cannot take the text colour of a night theme), display
 * formulas that shrink to a narrow column, tables in
 * a container that scrolls sideways on a narrow screen, header cells with their scope.
 */
final class ReaderMarkup {
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    /** How far a display formula may shrink to fit a narrow column before it scrolls instead. */
    static final double MIN_DISPLAY_SCALE = 0.6;

    /** A page with the reader markup added; {@code svg} when it holds inline SVG (a manifest property). */
    record Page(String xhtml, boolean svg) {
    }

    private static final int MAX_SVGS = 20_000;
    private static final Map<String, Element> SVGS = new java.util.concurrent.ConcurrentHashMap<>();

    private ReaderMarkup() {
    }

    /** @param mathSvgs the formula SVGs by the file name the rendered page's images point at */
    static Page apply(String xhtml, Map<String, String> mathSvgs) {
        return apply(xhtml, mathSvgs, List.of());
    }

    /** The same, with the print edition's page breaks marked first (one parse for both). */
    static Page apply(String xhtml, Map<String, String> mathSvgs, List<dev.bookbuilder.write.PrintedPages.Page> pageBreaks) {
        Document doc = Jsoup.parse(xhtml, "", Parser.xmlParser());
        if (!pageBreaks.isEmpty()) {
            PageBreaks.insert(doc, pageBreaks);
        }
        boolean svg = false;
        // Drawings go in as their finished markup (InlineSvgs): the page holds each svg element with a placeholder
        // for its children, replaced once the page is serialised; unless the page's own text has such a placeholder.
        List<String> children = xhtml.contains(PLACEHOLDER) ? null : new java.util.ArrayList<>();
        for (Element img : doc.select("img.math")) {
            String file = img.attr("src");
            String source = mathSvgs.get(file);
            if (source != null) {
                java.util.Optional<InlineSvgs.Svg> made = children == null ? java.util.Optional.empty() : InlineSvgs.of(file, source);
                if (made.isPresent()) {
                    Element shell = InlineSvgs.shell(made.get().viewBox());
                    shell.appendChild(new Comment(PLACEHOLDER + children.size()));
                    children.add(made.get().children());
                    img.replaceWith(named(img, shell));
                } else {
                    img.replaceWith(inlineMath(img, source));
                }
                svg = true;
            }
        }
        for (Element table : doc.select("table")) {
            Element parent = table.parent();
            if (parent == null || !parent.hasClass("table-scroll")) {
                table.wrap("<div class=\"table-scroll\"></div>");
            }
            scopeHeaders(table);
        }
        InlineSvgs.settings(doc.outputSettings());
        String out = doc.outerHtml();
        return new Page(children == null || children.isEmpty() ? out : filled(out, children), svg);
    }

    /** Marks the placeholder comment of a formula's children; never in a page's own text (checked). */
    private static final String PLACEHOLDER = "bookbuilder-svg-children:";

    /** The serialised page with each placeholder comment replaced by the children it stands for. */
    private static String filled(String page, List<String> children) {
        String open = "<!--" + PLACEHOLDER;
        StringBuilder out = new StringBuilder(page.length() + children.stream().mapToInt(String::length).sum());
        int from = 0;
        for (int at = page.indexOf(open); at >= 0; at = page.indexOf(open, from)) {
            int end = page.indexOf("-->", at);
            out.append(page, from, at).append(children.get(Integer.parseInt(page.substring(at + open.length(), end))));
            from = end + 3;
        }
        return out.append(page, from, page.length()).toString();
    }

    /** The formula's drawing as an inline svg element, sized as the image was, named for assistive technology. */
    private static Element inlineMath(Element img, String svgSource) {
        Element parsed = parsedSvg(svgSource);
        Element svg;
        synchronized (parsed) { // pages are marked up in parallel; jsoup nodes are not made for shared reading
            svg = parsed.clone();
        }
        return named(img, svg);
    }

    /** The svg element sized as the formula's image was, named for assistive technology. */
    private static Element named(Element img, Element svg) {
        String style = img.attr("style");
        if (img.hasClass("math-display")) {
            // Shrinks to the column (CSS max-width) but not below 60 % of its size, past which it scrolls.
            String[] box = svg.attr("viewBox").trim().split("[\\s,]+");
            double widthEm = Double.parseDouble(box[2]) / MathRenderer.EM;
            style += ";min-width:" + MathRenderer.em(MIN_DISPLAY_SCALE * widthEm);
        }
        return svg.attr("xmlns", SVG_NS).attr("class", img.attr("class")).attr("style", style)
                .attr("role", "img").attr("aria-label", MathSpeech.of(img.attr("alt"), dev.bookbuilder.i18n.Labels.of(img.ownerDocument().selectFirst("html").attr("lang"))));
    }

    /**
     * A formula's drawing parsed once per process (a formula recurs across pages and editions), with
     * only its viewBox kept: the page's CSS sizes it, in em. Callers clone it.
     */
    private static Element parsedSvg(String svgSource) {
        Element parsed = SVGS.get(svgSource);
        if (parsed == null) {
            parsed = Jsoup.parse(svgSource, "", Parser.xmlParser()).selectFirst("svg");
            for (Attribute a : List.copyOf(parsed.attributes().asList())) {
                if (!a.getKey().equals("viewBox")) {
                    parsed.removeAttr(a.getKey());
                }
            }
            parsed.remove(); // detached from its document, so clones share no parent
            if (SVGS.size() > MAX_SVGS) {
                SVGS.clear(); // a long watch session over many edits: start afresh rather than grow
            }
            SVGS.put(svgSource, parsed);
        }
        return parsed;
    }

    /** Column headers in the head, row headers in the body: screen readers then announce each cell's headers. */
    private static void scopeHeaders(Element table) {
        for (Element th : table.select("th")) {
            if (!th.hasAttr("scope")) {
                Element section = th.parent() == null ? null : th.parent().parent();
                th.attr("scope", section != null && section.nameIs("thead") ? "col" : "row");
            }
        }
    }
}
