package dev.bookbuilder.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openpdf.css.style.CalculatedStyle;
import org.openpdf.layout.LayoutContext;
import org.openpdf.layout.SharedContext;
import org.openpdf.pdf.ITextFSFont;
import org.openpdf.pdf.ITextFontContext;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.text.pdf.BaseFont;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * The characters a document sets in a font that has no glyph for them (the renderer itself drops
 * them silently), found in a layout of it: each text's font is the one the renderer resolves from
 * the computed style of the element it stands in (computed by the layout, so only looked up here),
 * checked against that font's character map. Each gap names its element by its path of element
 * indexes below {@code <body>}, so the same element can be found in the source document.
 */
final class GlyphGaps {
    /** Characters missing from {@code font} in the text directly inside the element at {@code path}. */
    record Gap(List<Integer> path, String font, Set<Integer> codePoints) {
    }

    private GlyphGaps() {
    }

    /** The gaps of a renderer's document (laid out, or only set: then its styles are computed here). */
    static List<Gap> find(ITextRenderer renderer) {
        Map<Element, Gap> gaps = new LinkedHashMap<>();
        Element root = renderer.getDocument().getDocumentElement();
        SharedContext shared = renderer.getSharedContext();
        LayoutContext context = shared.newLayoutContextInstance(new ITextFontContext());
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element body && "body".equals(body.getTagName())) {
                walk(body, shared, context, gaps);
            }
        }
        return new ArrayList<>(gaps.values());
    }

    private static void walk(Element element, SharedContext shared, LayoutContext context, Map<Element, Gap> gaps) {
        CalculatedStyle style = shared.getStyle(element);
        if (style.isDisplayNone()) {
            return; // not laid out: nothing of it is drawn
        }
        BaseFont font = null;
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                walk(child, shared, context, gaps);
            } else if (n instanceof Text text) {
                if (font == null) {
                    if (!(shared.getFont(style.getFont(context)) instanceof ITextFSFont fs)) {
                        continue;
                    }
                    font = fs.getFontDescription().getFont();
                }
                check(text.getData(), element, font, gaps);
            }
        }
    }

    private static void check(String text, Element element, BaseFont font, Map<Element, Gap> gaps) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isWhitespace(cp) && !Character.isISOControl(cp) && cp != 0x2009 && cp != 0x200B
                    && cp != 0x2060 && cp != 0xAD && !font.charExists(cp)) {
                gaps.computeIfAbsent(element, e -> new Gap(path(e), font.getPostscriptFontName(), new TreeSet<>())).codePoints().add(cp);
            }
        }
    }

    /** Element indexes from {@code <body>} down to {@code e}. */
    private static List<Integer> path(Element e) {
        List<Integer> path = new ArrayList<>();
        for (Node n = e; n != null && n.getParentNode() instanceof Element parent && !"html".equals(parent.getTagName()); n = parent) {
            if ("body".equals(((Element) n).getTagName())) {
                break;
            }
            int index = 0;
            for (Node s = n.getPreviousSibling(); s != null; s = s.getPreviousSibling()) {
                if (s instanceof Element) {
                    index++;
                }
            }
            path.add(0, index);
        }
        return path;
    }
}
