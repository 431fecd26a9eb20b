package dev.bookbuilder.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Sets the characters a run's font lacks in the first fallback font that has them: each run of
 * such characters gets a span in that font. What no fallback has is returned, with the elements it
 * stands in, for a warning: the renderer would drop those characters.
 */
final class GlyphFallback {
    /** What the fallback did: characters now set in a fallback font, by the font that lacked them; and what none has. */
    record Result(Map<String, Set<Integer>> replaced, Map<Integer, List<Element>> unresolved) {
        /** These results as one, in their order. */
        static Result merge(java.util.Collection<Result> results) {
            Map<String, Set<Integer>> replaced = new TreeMap<>();
            Map<Integer, List<Element>> unresolved = new TreeMap<>();
            for (Result r : results) {
                r.replaced().forEach((font, cps) -> replaced.computeIfAbsent(font, k -> new TreeSet<>()).addAll(cps));
                r.unresolved().forEach((cp, elements) -> unresolved.computeIfAbsent(cp, k -> new ArrayList<>()).addAll(elements));
            }
            return new Result(replaced, unresolved);
        }
    }

    private GlyphFallback() {
    }

    static Result apply(Element body, List<GlyphGaps.Gap> gaps, List<PdfFonts.Fallback> chain) {
        Map<String, Set<Integer>> replaced = new TreeMap<>();
        Map<Integer, List<Element>> unresolved = new TreeMap<>();
        for (GlyphGaps.Gap gap : gaps) {
            Element e = at(body, gap.path());
            if (e == null) {
                continue;
            }
            for (Node n : List.copyOf(e.childNodes())) {
                if (n instanceof TextNode t) {
                    wrap(t, gap.codePoints(), chain);
                }
            }
            for (int cp : gap.codePoints()) {
                if (chain.stream().anyMatch(f -> f.font().charExists(cp))) {
                    replaced.computeIfAbsent(gap.font(), k -> new TreeSet<>()).add(cp);
                } else {
                    unresolved.computeIfAbsent(cp, k -> new ArrayList<>()).add(e);
                }
            }
        }
        return new Result(replaced, unresolved);
    }

    /** Splits a text node into runs: text its font has, and runs each set in one fallback font. */
    private static void wrap(TextNode t, Set<Integer> missing, List<PdfFonts.Fallback> chain) {
        String text = t.getWholeText();
        if (text.codePoints().noneMatch(missing::contains)) {
            return;
        }
        List<Node> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        PdfFonts.Fallback runFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            PdfFonts.Fallback f = missing.contains(cp) ? chain.stream().filter(x -> x.font().charExists(cp)).findFirst().orElse(null) : null;
            if (f != runFont && !run.isEmpty()) {
                parts.add(node(run.toString(), runFont));
                run.setLength(0);
            }
            runFont = f;
            run.appendCodePoint(cp);
        }
        if (!run.isEmpty()) {
            parts.add(node(run.toString(), runFont));
        }
        for (Node p : parts) {
            t.before(p);
        }
        t.remove();
    }

    private static Node node(String text, PdfFonts.Fallback font) {
        if (font == null) {
            return new TextNode(text);
        }
        return new Element("span").addClass("glyph-fallback").attr("style", "font-family: " + font.family()).text(text);
    }

    private static Element at(Element body, List<Integer> path) {
        Element e = body;
        for (int i : path) {
            if (i >= e.childrenSize()) {
                return null;
            }
            e = e.child(i);
        }
        return e;
    }

    /** "U+2705 ✅" */
    static String describe(int cp) {
        boolean printable = !Character.isISOControl(cp) && Character.getType(cp) != Character.PRIVATE_USE && Character.isDefined(cp);
        return String.format("U+%04X", cp) + (printable ? " " + Character.toString(cp) : "");
    }
}
