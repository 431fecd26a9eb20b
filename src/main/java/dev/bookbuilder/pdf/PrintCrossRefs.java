package dev.bookbuilder.pdf;

import dev.bookbuilder.i18n.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cross-references on paper: a link to another page of the book carries the page number where
 * its target stands, "见 KV Cache（第 45 页）", or "（见 KV Cache，第 45 页）" when the link already
 * stands in brackets. The number sits inside the link, so it is clickable too.
 */
final class PrintCrossRefs {
    private static final String NOT_AT_LINE_START = " \u00a0，、。；：！？）,;:!?)";
    static final String PLACEHOLDER = "000";

    private PrintCrossRefs() {
    }

    /** Adds a page-number placeholder to every cross-reference whose target lies on another page of the book. */
    static void mark(Element body) {
        // One map of the ids, not a search of the whole document per link (that was 4 % of a PDF build).
        Map<String, Element> byId = new java.util.HashMap<>();
        for (Element e : body.ownerDocument().select("[id]")) {
            byId.putIfAbsent(e.id(), e); // the first with an id, as getElementById finds it
        }
        Labels labels = Labels.of(body.ownerDocument().selectFirst("html").attr("lang"));
        for (Element a : body.select("a.xref[href^=#]")) {
            String target = a.attr("href").substring(1);
            Element to = byId.get(target);
            if (to == null || Selectors.closest(a, ".page") == Selectors.closest(to, ".page") && Selectors.closest(to, ".page") != null) {
                continue; // a figure or heading of the same page: its number is enough
            }
            boolean bracketed = startsWith(a.nextSibling(), '）');
            String[] words = labels.around(bracketed ? "print.pageRefInBrackets" : "print.pageRef");
            // The CJK fonts have no thin space (U+2009): drawn as nothing, "第 3 页" read "第3页". A no-break space they have.
            words = new String[] {words[0].replace('\u2009', '\u00A0'), words[1].replace('\u2009', '\u00A0')};
            // One text node holds "（第 45 页）", so that the line breaker keeps "第 45 页" together (it cannot see
            // across elements, nor can an inline block stay inside the link's clickable area); what may not begin
            // a line ("，", a space) stays in the link's own text before it.
            int lead = 0;
            while (lead < words[0].length() && NOT_AT_LINE_START.indexOf(words[0].charAt(lead)) >= 0) {
                lead++;
            }
            if (lead > 0) {
                a.appendText(words[0].substring(0, lead));
            }
            if (words[1].endsWith("）") && a.nextSibling() instanceof TextNode next) {
                // "Self-Attention 拆开" had a gap after the Latin word; after "（第 8 页）" it would stand after a bracket.
                next.text(next.getWholeText().replaceFirst("^[ \u2009]+", ""));
            }
            String before = words[0].substring(lead);
            a.appendElement("span").addClass("xref-page").attr("data-target", target)
                    .attr("data-before", before).attr("data-after", words[1]).text(before + PLACEHOLDER + words[1]);
        }
    }

    /** The ids whose pages the cross-references print. */
    static List<String> targets(Document doc) {
        return new ArrayList<>(doc.select(".xref-page").eachAttr("data-target"));
    }

    /** Writes the folios: {@code folio} maps a target id to its printed page number. */
    static void fill(Document doc, Map<String, String> folio) {
        for (Element span : doc.select(".xref-page")) {
            String f = folio.get(span.attr("data-target"));
            if (f == null) {
                throw new IllegalStateException("no page for cross-reference target #" + span.attr("data-target"));
            }
            // The punctuation after the link was moved into its text, and may be held in boxes with the
            // number (PrintPunctuation, PunctuationCompression): only the number itself is rewritten.
            String shown = span.attr("data-shown").isEmpty() ? PLACEHOLDER : span.attr("data-shown");
            TextNode holder = null;
            for (Node n : descendants(span)) {
                if (n instanceof TextNode t && t.getWholeText().contains(shown)) {
                    holder = t;
                    break;
                }
            }
            if (holder == null) {
                throw new IllegalStateException("cross-reference to #" + span.attr("data-target") + " lost its page number");
            }
            String text = holder.getWholeText();
            int at = text.indexOf(shown);
            holder.text(text.substring(0, at) + f + text.substring(at + shown.length()));
            span.attr("data-shown", f);
        }
    }

    private static List<Node> descendants(Element e) {
        List<Node> out = new ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> out.add(node), e);
        return out;
    }

    private static boolean startsWith(Node n, char c) {
        return n instanceof TextNode t && !t.getWholeText().isEmpty() && t.getWholeText().charAt(0) == c;
    }
}
