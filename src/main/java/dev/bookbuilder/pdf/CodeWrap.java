package dev.bookbuilder.pdf;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** Wraps code lines that would run past the print margin, marking each continuation with →. */
final class CodeWrap {
    static final String CONTINUATION = "\u2192 "; // →, which CJK monospace fonts have (↪ they lack)

    private CodeWrap() {
    }

    /**
     * Breaks code lines that would run past the margin, marking each continuation with ↪.
     * Columns count CJK characters as two.
     */
    static void wrapCode(Element body, int columns) {
        for (Element code : body.select("pre > code")) {
            List<TextNode> texts = new java.util.ArrayList<>();
            org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
                if (node instanceof TextNode t) {
                    texts.add(t);
                }
            }, code);
            // Columns run across the highlighter's spans: wrap each text piece with the line's state.
            int[] state = {0, 0, 1}; // column, indent of the current line, still in the leading spaces
            for (TextNode t : texts) {
                t.text(wrapPiece(t.getWholeText(), columns, state));
            }
        }
    }

    /** Wraps one piece of a code line, carrying the column and indent across pieces in {@code state}. */
    private static String wrapPiece(String text, int columns, int[] state) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                out.append('\n');
                state[0] = 0;
                state[1] = 0;
                state[2] = 1;
                continue;
            }
            if (state[2] == 1 && cp == ' ') {
                state[1]++;
            } else {
                state[2] = 0;
            }
            int w = isWide(cp) ? 2 : 1;
            if (state[0] + w > columns) {
                String lead = " ".repeat(Math.min(state[1], columns / 2)) + CONTINUATION;
                out.append('\n').append(lead);
                state[0] = lead.length();
            }
            out.appendCodePoint(cp);
            state[0] += w;
        }
        return out.toString();
    }

    /** Wraps plain code text (for tests and callers without markup). */
    static String wrap(String text, int columns) {
        return wrapPiece(text, columns, new int[] {0, 0, 1});
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    /**
     * Lets a long name in running text ({@code prepare_model_for_kbit_training}) break after its
     * punctuation, with a zero-width space: unbreakable, it moved whole to the next line and the
     * justified line before it was spread letter by letter.
     */
    static void breakInlineCode(Element body) {
        for (Element code : body.select("code")) {
            if (Selectors.closest(code, "pre") != null || code.text().length() < 16) {
                continue;
            }
            for (TextNode t : code.textNodes()) {
                t.text(t.getWholeText().replaceAll("(?<=[._/=,(])(?=[^\\s\u200b])", "\u200b"));
            }
        }
    }
}
