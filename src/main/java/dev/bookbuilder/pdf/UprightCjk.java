package dev.bookbuilder.pdf;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * No fake italics in Chinese. The CJK fonts have no italic face, so the renderer slants their
 * glyphs mechanically where the style asks for italics (code comments,
 * {@code <i>} and {@code <cite>}): Chinese type is never slanted. Each run of CJK characters in
 * such text is set upright (class {@code upright}); Latin text around it stays italic.
 */
final class UprightCjk {
    /** Elements that print.css or the renderer's defaults set in italics. */
    static final String ITALIC = ".tok-com, i, cite, var, dfn, address";
    static final String CLASS = "upright";
    private static final Pattern CJK = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\u2E80-\\u2FFF\\u3000-\\u303F\\uFF00-\\uFFEF\\u201C\\u201D\\u2018\\u2019\\u2014\\u2026]+");

    private UprightCjk() {
    }

    static void apply(Element body) {
        for (Element italic : body.select(ITALIC)) {
            if (italic.parent() != null && italic.parent().closest(ITALIC) != null) {
                continue; // its text is reached from the outer one
            }
            for (TextNode t : List.copyOf(italic.select("*").textNodes())) {
                split(t);
            }
        }
    }

    private static void split(TextNode t) {
        if (t.parent() instanceof Element p && p.hasClass(CLASS)) {
            return;
        }
        String text = t.getWholeText();
        Matcher m = CJK.matcher(text);
        int at = 0;
        boolean found = false;
        while (m.find()) {
            found = true;
            if (m.start() > at) {
                t.before(new TextNode(text.substring(at, m.start())));
            }
            t.before(new Element("span").addClass(CLASS).text(m.group()));
            at = m.end();
        }
        if (!found) {
            return;
        }
        if (at < text.length()) {
            t.before(new TextNode(text.substring(at)));
        }
        t.remove();
    }
}
