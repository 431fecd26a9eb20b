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
        dropSpacesBetweenHan(body);
        for (TextNode t : List.copyOf(body.select("*").textNodes())) {
            if (!(t.parent() instanceof Element parent) || Selectors.closest(parent, "pre") != null) {
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
        holdCitations(body);
        holdCompoundsInCells(body);
    }

    /** A hyphenated or slashed name in a table cell ("TensorRT-LLM", "in-flight", "AWQ/GPTQ/FP8"), held whole. */
    private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9.]*(?:[-/][A-Za-z0-9.]+)+");
    private static final int COMPOUND_MOST = 16;

    /**
     * A table's columns are as narrow as their longest unbreakable word, and a break after a hyphen parted
     * "TensorRT-" from "LLM" in a column a reader scans for names. A hyphenated name in a cell is held whole; longer
     * ones, which would widen their column past the text block, may still break at their hyphens.
     */
    static void holdCompoundsInCells(Element body) {
        for (Element cell : body.select("td, th")) {
            for (TextNode t : List.copyOf(cell.select("*").textNodes())) {
                if (t.parent() instanceof Element parent && Selectors.closest(parent, "code, pre, .nobr, .hold, a[href^=http]") != null) {
                    continue;
                }
                String text = t.getWholeText();
                if ((text.startsWith("/") || text.startsWith("-")) && t.previousSibling() instanceof Element term
                        && lastText(term) instanceof TextNode end) {
                    // "<span>AWQ</span>/<span>GPTQ</span>": an index term ends where its slash begins, and a line began with "/".
                    end.text(end.getWholeText() + text.charAt(0));
                    text = text.substring(1);
                    t.text(text);
                }
                java.util.regex.Matcher m = COMPOUND.matcher(text);
                Node at = t;
                int from = 0;
                boolean changed = false;
                while (m.find()) {
                    if (m.end() - m.start() > COMPOUND_MOST) {
                        continue;
                    }
                    TextNode lead = new TextNode(text.substring(from, m.start()));
                    at.after(lead);
                    Element held = new Element("span").addClass("nobr").text(m.group());
                    lead.after(held);
                    at = held;
                    from = m.end();
                    changed = true;
                }
                if (changed) {
                    at.after(new TextNode(text.substring(from)));
                    t.remove();
                }
            }
        }
    }

    /**
     * "完整算法见 <a>参数量计算</a>", "<strong>注意力</strong> 让": a space typed between two Chinese characters (or
     * full-width marks) where one of them is a link or emphasis printed as a gap in the middle of a Chinese sentence.
     * Chinese text has no word spaces: the space goes. Between Chinese and Latin text it stays (the gap clreq asks for).
     */
    static void dropSpacesBetweenHan(Element body) {
        for (TextNode t : List.copyOf(body.select("*").textNodes())) {
            if (!(t.parent() instanceof Element parent) || Selectors.closest(parent, "pre, code") != null || t.isBlank()) {
                continue;
            }
            String text = t.getWholeText();
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == ' ') {
                end--;
            }
            if (end < text.length() && squareCell(text.codePointBefore(end)) && t.nextSibling() instanceof Element next
                    && startsWithHan(next)) {
                text = text.substring(0, end);
            }
            int start = 0;
            while (start < text.length() && text.charAt(start) == ' ') {
                start++;
            }
            if (start > 0 && start < text.length() && squareCell(text.codePointAt(start)) && t.previousSibling() instanceof Element prev
                    && endsWithHan(prev)) {
                text = text.substring(start);
            }
            if (!text.equals(t.getWholeText())) {
                t.text(text);
            }
        }
    }

    private static boolean startsWithHan(Element e) {
        String s = e.text();
        return !e.tagName().matches("code|img|br|kbd") && !s.isEmpty() && squareCell(s.codePointAt(0));
    }

    private static boolean endsWithHan(Element e) {
        String s = e.text();
        return !e.tagName().matches("code|img|br|kbd") && !s.isEmpty() && squareCell(s.codePointBefore(s.length()));
    }

    /** A Han character or a full-width mark: text with no word spaces around it. */
    private static boolean squareCell(int cp) {
        return isHan(cp) || CLOSING.indexOf(cp) >= 0 || OPENING.indexOf(cp) >= 0;
    }

    /** The longest Latin word carried onto a citation's line with it; a longer one (an address) stays where it is. */
    private static final int LATIN_WORD_MOST = 24;

    /**
     * A citation is an unbreakable inline block, and the renderer may break before any inline block: 122 lines of the
     * course began with "[18]，" and some paragraphs ended with a line holding only "[14]。". The text the citation
     * belongs to is moved into it: the last character (two Han characters at a paragraph's end, so that its last line
     * never holds one alone) or the whole Latin word before it. The space an author types between Chinese text and
     * "[", which Chinese books do not print, is dropped; after a Latin word it stays, unbreakable.
     */
    static void holdCitations(Element body) {
        for (Element citation : body.select("span.citation")) {
            if (Selectors.closest(citation, "pre, .toc, .print-index, .references") != null) {
                continue;
            }
            if (!(citation.previousSibling() instanceof TextNode before) || before.isBlank()) {
                holdElementBefore(citation);
                continue;
            }
            String text = before.getWholeText();
            int end = text.length();
            while (end > 0 && isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (end == 0) {
                continue;
            }
            // Closing punctuation before the citation ("…略高）[18]") goes with it, and the word it closes: a line may not
            // begin with "）".
            int cut = end;
            while (cut > 0 && CLOSING.indexOf(text.charAt(cut - 1)) >= 0) {
                cut--;
            }
            cut = wordStart(text, cut, endsItsBlock(citation) && cut == end ? 2 : 1);
            // A unit stays with its number and a number with its label ("4.5 倍[126]", "80 GB [347]"), an opening bracket
            // with what follows it.
            while (cut > 0) {
                if (OPENING.indexOf(text.charAt(cut - 1)) >= 0) {
                    cut--;
                } else if (CjkLineBreaking.held(text, cut)) {
                    int at = cut;
                    while (at > 0 && isSpace(text.charAt(at - 1))) {
                        at--;
                    }
                    cut = wordStart(text, at, 1);
                } else {
                    break;
                }
            }
            if (cut < 0) {
                continue; // an address or a path: the renderer breaks it where it may
            }
            String held = text.substring(cut, end) + (!isCjk(text.charAt(end - 1)) && end < text.length() ? " " : "");
            before.text(text.substring(0, cut));
            citation.prependText(held);
        }
    }

    /**
     * "((RMSNorm)) [13]", "$n_{kv}=1$ [23]": the element before the citation (a term, a formula, a short link) is
     * moved into it, with a space when it ends in Latin text.
     */
    private static void holdElementBefore(Element citation) {
        Node prev = citation.previousSibling();
        Node space = null;
        if (prev instanceof TextNode t && t.isBlank()) {
            space = prev;
            prev = prev.previousSibling();
        }
        if (!(prev instanceof Element e) || e.tagName().equals("br") || e.isBlock() || e.hasClass("li-marker")
                || e.text().length() > LATIN_WORD_MOST || e.text().isEmpty() && !e.tagName().equals("img") && e.selectFirst("img") == null) {
            return;
        }
        String words = e.text();
        boolean latinEnd = words.isEmpty() || !isCjk(words.charAt(words.length() - 1));
        if (space != null) {
            space.remove();
        }
        if (latinEnd && space != null) {
            citation.prependText(" ");
        }
        citation.prependChild(e);
    }

    /**
     * Where the word that ends at {@code end} begins: a Latin word whole, else one character ({@code hanCharacters} Han
     * characters at most); -1 for a Latin word too long to carry or part of an address.
     */
    private static int wordStart(String text, int end, int hanCharacters) {
        if (end <= 0) {
            return end;
        }
        int cut = end;
        if (latinWordCharacter(text.charAt(end - 1))) {
            while (cut > 0 && latinWordCharacter(text.charAt(cut - 1))) {
                cut--;
            }
            boolean joined = cut > 0 && !isSpace(text.charAt(cut - 1)) && !isCjk(text.charAt(cut - 1));
            return end - cut > LATIN_WORD_MOST || joined ? -1 : cut;
        }
        cut -= Character.charCount(text.codePointBefore(cut));
        if (hanCharacters > 1 && cut > 0 && isHan(text.codePointBefore(end)) && isHan(text.codePointBefore(cut))) {
            cut -= Character.charCount(text.codePointBefore(cut));
        }
        return cut;
    }

    /** Whether nothing but closing punctuation follows the citation in its paragraph, item or cell. */
    private static boolean endsItsBlock(Element citation) {
        for (Node n = citation.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof TextNode t) {
                if (!t.getWholeText().chars().allMatch(c -> Character.isWhitespace(c) || CLOSING.indexOf(c) >= 0)) {
                    return false;
                }
            } else if (n instanceof Element e && !e.text().isBlank()) {
                return false;
            }
        }
        return citation.parent() != null && citation.parent().tagName().matches("p|li|dd|td|th|figcaption");
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u2009' || c == '\n';
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Han, kana and full-width punctuation: text set in square cells. */
    private static boolean isCjk(char c) {
        return c >= 0x2E80 && !(c >= 0xFB00 && c < 0xFE00) || CLOSING.indexOf(c) >= 0 || OPENING.indexOf(c) >= 0;
    }

    private static boolean latinWordCharacter(char c) {
        return !isCjk(c) && !isSpace(c) && (Character.isLetterOrDigit(c) || "-_.+%/'’".indexOf(c) >= 0);
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
            if (Selectors.closest(block, "pre, .toc, .print-index") != null) {
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
            if (last.parent() instanceof Element parent && (Selectors.closest(parent, ".nobr, .hold, code, .li-marker") != null
                    || Selectors.closest(parent, "p, li, dd, figcaption, h1, h2, h3, h4, td, th") != block)) {
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
