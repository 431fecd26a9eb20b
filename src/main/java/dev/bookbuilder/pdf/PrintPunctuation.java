package dev.bookbuilder.pdf;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Keeps Chinese punctuation on the line of the words it belongs to, where the renderer would
 * otherwise break between two inline elements: "见<a>KV Cache</a>。" must not start a line with 。.
 */
final class PrintPunctuation {
    private PrintPunctuation() {
    }

    private static final String CLOSING = "，。、；：？！）」』》】〉”’";
    private static final String OPENING = "（「『《【〈“‘";

    /**
     * The renderer may break a line wherever one inline element ends and the next begins, so
     * "见<a>KV Cache</a>。" could put the 。 at the start of a line. Moving such punctuation into
     * the neighbouring text keeps the two together, and the line breaker does the rest.
     */
    static void keepWithNeighbours(Element body) {
        for (TextNode t : List.copyOf(body.select("*").textNodes())) {
            if (!(t.parent() instanceof Element parent) || parent.closest("pre") != null) {
                continue;
            }
            String text = t.getWholeText();
            int lead = 0;
            while (lead < text.length() && CLOSING.indexOf(text.charAt(lead)) >= 0) {
                lead++;
            }
            if (lead > 0 && t.previousSibling() instanceof Element held && held.hasClass("nobr")) {
                held.appendText(text.substring(0, lead)); // after a formula already held with what precedes it
                text = text.substring(lead);
                t.text(text);
                lead = 0;
            }
            if (lead > 0 && t.previousSibling() instanceof Element img && img.tagName().equals("img")) {
                // An inline formula: hold it and the punctuation after it on one line.
                Element nobr = new Element("span").addClass("nobr");
                img.before(nobr);
                nobr.appendChild(img);
                nobr.appendText(text.substring(0, lead));
                text = text.substring(lead);
                t.text(text);
                lead = 0;
            }
            if (lead > 0 && t.previousSibling() instanceof Element mark && mark.tagName().matches("sup|sub|del|s|ins|u")) {
                holdAfterMarked(mark, t, lead); // moved into a note marker it would be raised, into deleted text struck through
                text = t.getWholeText();
                lead = 0;
            }
            if (lead > 0 && lead < text.length() + 1) {
                TextNode before = lastText(t.previousSibling());
                if (before != null) {
                    before.text(before.getWholeText() + text.substring(0, lead));
                    text = text.substring(lead);
                    t.text(text);
                }
            }
            int trail = text.length();
            while (trail > 0 && OPENING.indexOf(text.charAt(trail - 1)) >= 0) {
                trail--;
            }
            if (trail < text.length() && t.nextSibling() instanceof Element img && img.tagName().equals("img")) {
                // An opening bracket before a formula: hold them on one line.
                Element nobr = new Element("span").addClass("nobr");
                img.before(nobr);
                nobr.appendText(text.substring(trail));
                nobr.appendChild(img);
                t.text(text.substring(0, trail));
                continue;
            }
            if (trail < text.length()) {
                TextNode after = firstText(t.nextSibling());
                if (after != null) {
                    after.text(text.substring(trail) + after.getWholeText());
                    t.text(text.substring(0, trail));
                }
            }
        }
    }

    /**
     * "此<sup>1</sup>。", "<del>删除线</del>，": the punctuation keeps its own baseline and is not struck through. The
     * marked element's end (a note marker whole, with the character before it; else its last character, in a copy
     * of the element) and the punctuation are held in one unbreakable inline block.
     */
    private static void holdAfterMarked(Element mark, TextNode t, int lead) {
        String text = t.getWholeText();
        Element nobr = new Element("span").addClass("nobr");
        if (mark.tagName().matches("sup|sub")) {
            mark.before(nobr);
            if (nobr.previousSibling() instanceof TextNode prev && !prev.getWholeText().isBlank()) {
                String p = prev.getWholeText();
                int cut = p.length() - Character.charCount(p.codePointBefore(p.length()));
                prev.text(p.substring(0, cut));
                nobr.appendText(p.substring(cut));
            }
            nobr.appendChild(mark);
        } else {
            TextNode last = lastText(mark.childNodes().isEmpty() ? null : mark.childNode(mark.childNodeSize() - 1));
            String m = last == null ? "" : last.getWholeText();
            if (last == null || m.isEmpty() || last.parent() != mark) {
                return;
            }
            int cut = m.length() - Character.charCount(m.codePointBefore(m.length()));
            last.text(m.substring(0, cut));
            mark.after(nobr);
            nobr.appendChild(mark.shallowClone().appendText(m.substring(cut)));
        }
        nobr.appendText(text.substring(0, lead));
        t.text(text.substring(lead));
    }

    /**
     * A paragraph's (or heading's, or cell's) last line never holds a single character: its last two characters (with the
     * punctuation after them) are held together, so the line breaker carries one more to the last line.
     */
    static void holdLastCharacters(Element body) {
        for (Element block : body.select("p, li, dd, figcaption, h1, h2, h3, h4, td, th")) {
            if (block.closest("pre, .toc, .print-index") != null) {
                continue;
            }
            List<TextNode> texts = new java.util.ArrayList<>();
            org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
                if (node instanceof TextNode t && !t.isBlank()) {
                    texts.add(t);
                }
            }, block);
            if (texts.isEmpty()) {
                continue;
            }
            TextNode last = texts.get(texts.size() - 1);
            // Text held already, or the end of a nested block (which is held on its own).
            if (last.parent() instanceof Element parent && (parent.closest(".nobr, .hold, code, .li-marker") != null
                    || parent.closest("p, li, dd, figcaption, h1, h2, h3, h4, td, th") != block)) {
                continue;
            }
            String text = last.getWholeText().stripTrailing();
            int end = text.length();
            int start = end;
            while (start > 0 && CLOSING.indexOf(text.charAt(start - 1)) >= 0) {
                start--;
            }
            int held = 0;
            while (start > 0 && held < 2 && Character.UnicodeScript.of(text.codePointBefore(start)) == Character.UnicodeScript.HAN) {
                start -= Character.charCount(text.codePointBefore(start));
                held++;
            }
            if (held == 1) {
                // "约 0.07 秒。": one character after a number or a Latin word is held with it.
                int j = start;
                if (j > 0 && " \u2009\u00A0".indexOf(text.charAt(j - 1)) >= 0) {
                    j--;
                }
                int word = j;
                while (word > 0 && (Character.isLetterOrDigit(text.charAt(word - 1)) && Character.UnicodeScript.of(text.charAt(word - 1))
                        != Character.UnicodeScript.HAN || ".,%-".indexOf(text.charAt(word - 1)) >= 0)) {
                    word--;
                }
                if (word < j && word > 0) {
                    start = word;
                    held = 2;
                }
            }
            if (held < 2 || start == 0) {
                holdWithPrevious(last, held);
                continue;
            }
            last.before(new TextNode(text.substring(0, start)));
            last.before(new Element("span").addClass("hold").text(text.substring(start)));
            last.remove(); // what followed was blank: nothing may stand after the held end, or its line counts as not the last
        }
    }

    /** "<strong>模型</strong>？": a short tail is held with the short element before it. */
    private static void holdWithPrevious(TextNode last, int held) {
        String tail = last.getWholeText().strip();
        if (held == 0 && !tail.chars().allMatch(c -> CLOSING.indexOf(c) >= 0) || tail.length() > 3
                || !(last.previousSibling() instanceof Element before) || before.text().length() > 12
                || !before.tagName().matches("a|strong|em|b|i|span|code|sup|sub|img") || before.hasClass("li-marker")) {
            return;
        }
        Element hold = new Element("span").addClass("hold");
        before.before(hold);
        hold.appendChild(before);
        hold.appendChild(last);
    }

    private static TextNode lastText(Node n) {
        return neighbourText(n, true);
    }

    private static TextNode firstText(Node n) {
        return neighbourText(n, false);
    }

    /** The non-empty text nodes under an element, in document order. */
    private static List<TextNode> textsInOrder(Element e) {
        List<TextNode> out = new java.util.ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.getWholeText().isEmpty()) {
                out.add(t);
            }
        }, e);
        return out;
    }

    /**
     * The text next to a node, walking siblings from {@code n} (backwards: the last text before it,
     * else the first after it). Empty inline elements (index anchors) are skipped; a line break or an
     * image stops the walk.
     */
    private static TextNode neighbourText(Node n, boolean backwards) {
        for (Node cur = n; cur != null; cur = backwards ? cur.previousSibling() : cur.nextSibling()) {
            if (cur instanceof TextNode tn && !tn.getWholeText().isEmpty()) {
                return tn;
            }
            if (cur instanceof Element e) {
                if (e.tagName().equals("br") || e.tagName().equals("img")) {
                    return null;
                }
                if (!e.text().isEmpty()) {
                    List<TextNode> texts = textsInOrder(e);
                    return texts.isEmpty() ? null : texts.get(backwards ? texts.size() - 1 : 0);
                }
            }
        }
        return null;
    }
}
