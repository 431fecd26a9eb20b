package dev.bookbuilder.epub;

import dev.bookbuilder.cache.ContentCache;
import dev.bookbuilder.cache.FormulaCache;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * Formula drawings as the reader markup inlines them: the svg element's viewBox (the only attribute it keeps) and
 * its children already serialised as a page serialises them. Serialising a drawing's path data is most of the cost of
 * marking a page up, and a formula recurs across pages and builds: each drawing is parsed and serialised once per
 * process, and kept across builds beside the formula cache ({@code target/cache/reader-svg}).
 */
final class InlineSvgs {
    /** Raise when what is kept changes (the serialisation's settings); jsoup's version is part of it. */
    static final String VERSION = "reader-svg-1 jsoup-" + jsoupVersion() + " " + FormulaCache.version();
    private static final int MAX_KEPT = 20_000;
    private static final ContentCache STORE = ContentCache.fromSystemProperty("reader-svg", VERSION);
    private static final Map<String, Svg> KEPT = new ConcurrentHashMap<>();

    /** A drawing's viewBox and its children's markup. */
    record Svg(String viewBox, String children) {
    }

    private InlineSvgs() {
    }

    /** jsoup's version as its Maven metadata (kept in the jar) gives it; another jsoup may serialise otherwise. */
    private static String jsoupVersion() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = Jsoup.class.getResourceAsStream("/META-INF/maven/org.jsoup/jsoup/pom.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (java.io.IOException e) {
            // unknown: the entries are then kept under "unknown"
        }
        return p.getProperty("version", "unknown");
    }

    /**
     * An svg element as a drawing parsed and stripped to its viewBox gives it (the same tag and namespace, so it is
     * serialised the same), with {@code viewBox}; its children are for the caller to add.
     */
    static Element shell(String viewBox) {
        Element svg;
        synchronized (SHELL) { // pages are marked up in parallel; jsoup nodes are not made for shared reading
            svg = SHELL.shallowClone();
        }
        svg.attributes().put("viewBox", viewBox); // as parsed: Element.attr would lower-case a detached element's key
        return svg;
    }

    private static final Element SHELL = shellTemplate();

    private static Element shellTemplate() {
        Element svg = Jsoup.parse("<svg xmlns=\"" + ReaderMarkup.SVG_NS + "\" viewBox=\"\"></svg>", "", Parser.xmlParser()).selectFirst("svg");
        svg.removeAttr("xmlns");
        svg.remove();
        return svg;
    }

    /** The settings every EPUB page is serialised with. */
    static Document.OutputSettings settings(Document.OutputSettings s) {
        return s.syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml).prettyPrint(false).charset("UTF-8");
    }

    /**
     * The drawing {@code source}, named {@code fileName} (a digest of the formula); empty when it has no viewBox or
     * no children, which the caller then inlines as a whole element.
     */
    static Optional<Svg> of(String fileName, String source) {
        // The name and the source's length and hash: a drawing changed under the same name is another entry.
        String key = fileName + " " + source.length() + " " + source.hashCode();
        Svg svg = KEPT.get(key);
        if (svg == null) {
            svg = STORE.get(key).flatMap(InlineSvgs::decode).orElse(null);
            if (svg == null) {
                svg = make(source);
                STORE.put(key, encode(svg));
            }
            if (KEPT.size() > MAX_KEPT) {
                KEPT.clear(); // a long watch session over many edits: start afresh rather than grow
            }
            KEPT.put(key, svg);
        }
        return svg.viewBox().isEmpty() || svg.children().isEmpty() ? Optional.empty() : Optional.of(svg);
    }

    private static Svg make(String source) {
        Document doc = Jsoup.parse(source, "", Parser.xmlParser());
        settings(doc.outputSettings());
        Element svg = doc.selectFirst("svg");
        if (svg == null || !svg.hasAttr("viewBox")) {
            return new Svg("", "");
        }
        return new Svg(svg.attr("viewBox"), svg.html());
    }

    static String encode(Svg svg) {
        return svg.viewBox() + "\n" + svg.children();
    }

    static Optional<Svg> decode(String text) {
        int nl = text.indexOf('\n');
        if (nl < 0 || !(nl == text.length() - 1 || text.endsWith(">"))) {
            return Optional.empty(); // damaged: made again
        }
        return Optional.of(new Svg(text.substring(0, nl), text.substring(nl + 1)));
    }
}
