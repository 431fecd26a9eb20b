package dev.bookbuilder.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Adjacent full-width punctuation set as clreq (§3.1.6, "punctuation adjustment") sets it: each mark
 * of a CJK font fills one em, half of it blank, so "，“" or "）。" showed a full em of white between
 * two marks. Every mark followed by another loses its half em ({@code margin-right: -0.5em} on a
 * span around it); the run, with the character before it (and after it, when it ends with an opening
 * mark), is held in one unbreakable inline block, so that the new element boundaries never let a
 * line start with a closing mark or end with an opening one. Never in code or formulas.
 */
final class PunctuationCompression {
    static final String HALF = "pc-half";
    /** Marks whose blank half is on the right: closing brackets and quotes, pause and stop marks (not ？！, which stand centred). */
    private static final String CLOSING = "，。、；：）」』》】〉”’";
    /** Marks whose blank half is on the left. */
    private static final String OPENING = "（「『《【〈“‘";

    private PunctuationCompression() {
    }

    /** Compresses every run of adjacent full-width punctuation in the body's text. */
    static int apply(Element body) {
        mergeAdjacentTexts(body); // "”" and "（" in two text nodes (curled quotes are set apart at render time) are one run
        int compressed = 0;
        for (TextNode t : allTexts(body)) {
            if (!(t.parent() instanceof Element parent) || Selectors.closest(parent, "pre, code, kbd, samp, .math, .xref-note, .rh-book, .rh-chapter, .li-marker") != null) {
                continue;
            }
            compressed += compress(t, Selectors.closest(parent, ".nobr, .hold, .citation") != null);
        }
        return compressed;
    }

    private static void mergeAdjacentTexts(Element body) {
        for (Element e : body.getAllElements()) {
            for (int i = e.childNodeSize() - 1; i > 0; i--) {
                if (e.childNode(i) instanceof TextNode b && e.childNode(i - 1) instanceof TextNode a) {
                    a.text(a.getWholeText() + b.getWholeText());
                    b.remove();
                }
            }
        }
    }

    private static List<TextNode> allTexts(Element body) {
        List<TextNode> out = new ArrayList<>();
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t && t.getWholeText().length() > 1) {
                out.add(t);
            }
        }, body);
        return out;
    }

    /** Whether the mark at i is set half-width: a mark (not an opening one before a closing one) followed by another. */
    static boolean halves(String text, int i) {
        if (i + 1 >= text.length()) {
            return false;
        }
        char a = text.charAt(i);
        char b = text.charAt(i + 1);
        boolean aClosing = CLOSING.indexOf(a) >= 0;
        boolean aOpening = OPENING.indexOf(a) >= 0;
        boolean bClosing = CLOSING.indexOf(b) >= 0;
        boolean bOpening = OPENING.indexOf(b) >= 0;
        return aClosing && (bClosing || bOpening) || aOpening && bOpening;
    }

    private static int compress(TextNode t, boolean held) {
        String text = t.getWholeText();
        // "<strong>名字。</strong>“7B”": a run may go on in the next text (a closing mark never starts one: PrintPunctuation).
        String ext = text + nextChar(t);
        List<Node> out = new ArrayList<>();
        int done = 0; // text before this index is in out
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!halves(ext, i)) {
                continue;
            }
            int runEnd = i + 1; // the run's marks: [i, runEnd]; runEnd == length: it ends in the next text
            while (runEnd < text.length() && halves(ext, runEnd)) {
                runEnd++;
            }
            int from = i;
            int to = Math.min(runEnd + 1, text.length());
            if (!held) {
                boolean lead = from > done && !Character.isWhitespace(text.charAt(from - 1)) && !isMark(text.charAt(from - 1));
                boolean endsOpening = runEnd < text.length() && OPENING.indexOf(text.charAt(runEnd)) >= 0;
                boolean trail = to < text.length() && !Character.isWhitespace(text.charAt(to)) && !isMark(text.charAt(to));
                if (CLOSING.indexOf(text.charAt(i)) >= 0 && !lead || endsOpening && !trail) {
                    i = runEnd; // no character in this text to hold the run with: a break could come between them
                    continue;
                }
                if (CLOSING.indexOf(text.charAt(i)) >= 0) {
                    from = i - Character.charCount(text.codePointBefore(i));
                    from = numberBefore(text, from, done);
                    while (from > done && OPENING.indexOf(text.charAt(from - 1)) >= 0) {
                        from--; // "（65k 步），": the bracket before the held words joins them, or a line could end with it
                    }
                }
                if (endsOpening) {
                    to += Character.charCount(text.codePointAt(to));
                }
            }
            if (from > done) {
                out.add(new TextNode(text.substring(done, from)));
            }
            Element box = held ? null : new Element("span").addClass("nobr");
            List<Node> run = new ArrayList<>();
            int plain = from;
            for (int k = i; k < runEnd; k++) {
                if (k > plain) {
                    run.add(new TextNode(text.substring(plain, k)));
                }
                run.add(new Element("span").addClass(HALF).text(String.valueOf(text.charAt(k))));
                plain = k + 1;
                count++;
            }
            if (plain < to) {
                run.add(new TextNode(text.substring(plain, to)));
            }
            if (box == null) {
                out.addAll(run);
            } else {
                run.forEach(box::appendChild);
                out.add(box);
            }
            done = to;
            i = to - 1;
        }
        if (out.isEmpty()) {
            return 0;
        }
        if (done < text.length()) {
            out.add(new TextNode(text.substring(done)));
        }
        for (Node n : out) {
            t.before(n);
        }
        t.remove();
        return count;
    }

    /** "10 倍”。": the held run starts with the number before its unit, which may not be parted from it. */
    private static int numberBefore(String text, int from, int done) {
        int j = from;
        if (j - 1 > done && " \u2009\u00A0".indexOf(text.charAt(j - 1)) >= 0) {
            j--;
        }
        int word = j;
        while (word > done && word > from - 12 && (text.charAt(word - 1) < 128 && Character.isLetterOrDigit(text.charAt(word - 1))
                || ".%".indexOf(text.charAt(word - 1)) >= 0)) {
            word--;
        }
        return word < j ? word : from;
    }

    /** The first character of the text after a text node, within its block; "" if none. */
    private static String nextChar(TextNode t) {
        Node n = t;
        while (n.nextSibling() == null) {
            n = n.parent();
            if (n == null || n instanceof Element e && e.tagName().matches("p|li|dd|dt|td|th|h[1-6]|div|aside|section|blockquote|body|figcaption")) {
                return "";
            }
        }
        for (n = n.nextSibling(); n != null; n = n.childNodeSize() > 0 ? n.childNode(0) : null) {
            if (n instanceof TextNode next) {
                String s = next.getWholeText();
                return s.isEmpty() ? "" : s.substring(0, 1);
            }
            if (n instanceof Element e && e.tagName().matches("br|img|code|pre")) {
                return "";
            }
        }
        return "";
    }

    private static boolean isMark(char c) {
        return CLOSING.indexOf(c) >= 0 || OPENING.indexOf(c) >= 0 || "？！".indexOf(c) >= 0;
    }
}
