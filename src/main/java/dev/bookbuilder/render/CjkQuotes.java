package dev.bookbuilder.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * ASCII straight quotes in Chinese text become the quotation marks Chinese books print: "…" as
 * “…” and '…' as ‘…’. Made at render time, per block (a paragraph, a list item, a cell), and only in
 * a block that holds Chinese text; the sources stay as written. Never inside code, keyboard keys,
 * math or a URL shown as text, and never in attributes (only text is read). A quote that has no
 * partner in its block, and an apostrophe between letters (it's), are left alone.
 */
final class CjkQuotes {
    private CjkQuotes() {
    }

    static void apply(Element root) {
        Map<Element, List<TextNode>> byBlock = new LinkedHashMap<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && eligible(t)) {
                byBlock.computeIfAbsent(block(t), b -> new ArrayList<>()).add(t);
            }
        }, root);
        for (List<TextNode> texts : byBlock.values()) {
            StringBuilder joined = new StringBuilder();
            texts.forEach(t -> joined.append(t.getWholeText()));
            String curly = curl(joined.toString());
            if (curly.contentEquals(joined)) {
                continue;
            }
            int at = 0;
            for (TextNode t : texts) {
                int n = t.getWholeText().length();
                t.text(curly.substring(at, at + n)); // one character for one: the slices keep their places
                at += n;
            }
        }
    }

    /** The text with its paired straight quotes curled, when it holds a Chinese character; the same length. */
    static String curl(String s) {
        if (s.codePoints().noneMatch(CjkQuotes::han)) {
            return s;
        }
        char[] c = s.toCharArray();
        pair(c, '"', '“', '”');
        pair(c, '\'', '‘', '’');
        return new String(c);
    }

    private static void pair(char[] c, char straight, char open, char close) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < c.length; i++) {
            boolean apostrophe = straight == '\'' && i > 0 && i + 1 < c.length
                    && latin(c[i - 1]) && latin(c[i + 1]);
            if (c[i] == straight && !apostrophe) {
                at.add(i);
            }
        }
        if (at.size() % 2 != 0) {
            return; // an unpaired quote: which one is missing cannot be known
        }
        for (int k = 0; k < at.size(); k++) {
            c[at.get(k)] = k % 2 == 0 ? open : close;
        }
    }

    private static boolean latin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean han(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean eligible(TextNode t) {
        for (Node p = t.parent(); p instanceof Element e; p = e.parent()) {
            switch (e.tagName()) {
                case "code", "pre", "kbd", "samp", "var", "math", "svg", "script", "style" -> {
                    return false;
                }
                case "a" -> {
                    if (e.text().strip().matches("(?i)(https?|ftp|mailto):.*|www\\..*")) {
                        return false; // a URL shown as its own text
                    }
                }
                default -> { }
            }
        }
        return true;
    }

    private static Element block(TextNode t) {
        for (Node p = t.parent(); p instanceof Element e; p = e.parent()) {
            if (e.isBlock()) {
                return e;
            }
        }
        return (Element) t.parent();
    }
}
