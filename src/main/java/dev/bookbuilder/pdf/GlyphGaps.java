package dev.bookbuilder.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openpdf.css.style.CalculatedStyle;
import org.openpdf.css.value.FontSpecification;
import org.openpdf.layout.SharedContext;
import org.openpdf.pdf.ITextFSFont;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.render.Box;
import org.openpdf.render.InlineLayoutBox;
import org.openpdf.render.InlineText;
import org.openpdf.text.pdf.BaseFont;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The characters a laid-out document sets in a font that has no glyph for them, found from the
 * fonts the renderer actually chose for each run of text (the renderer itself would drop them
 * silently). Each gap names its element by its path of element indexes below {@code <body>}, so the
 * same element can be found in the source document the layout was made from.
 */
final class GlyphGaps {
    /** Characters missing from {@code font} in the text directly inside the element at {@code path}. */
    record Gap(List<Integer> path, String font, Set<Integer> codePoints) {
    }

    private GlyphGaps() {
    }

    static List<Gap> find(ITextRenderer renderer) {
        Map<Element, Gap> gaps = new LinkedHashMap<>();
        walk(renderer.getRootBox(), renderer.getSharedContext(), gaps);
        return new ArrayList<>(gaps.values());
    }

    private static void walk(Box box, SharedContext shared, Map<Element, Gap> gaps) {
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof InlineText text) {
                    check(text.getSubstring(), inline, shared, gaps);
                } else if (child instanceof Box b) {
                    walk(b, shared, gaps);
                }
            }
        }
        for (Box child : box.getChildren()) {
            walk(child, shared, gaps);
        }
    }

    private static void check(String text, InlineLayoutBox inline, SharedContext shared, Map<Element, Gap> gaps) {
        CalculatedStyle style = inline.getStyle();
        FontSpecification spec = style == null ? null : style.getFontSpecification();
        Element element = owner(inline);
        if (spec == null || element == null || !(shared.getFont(spec) instanceof ITextFSFont fs)) {
            return;
        }
        BaseFont font = fs.getFontDescription().getFont();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp) && cp != 0x2009 && cp != 0x200B
                && cp != 0x2060 && cp != 0xAD && !font.charExists(cp)).forEach(cp ->
                gaps.computeIfAbsent(element, e -> new Gap(path(e), font.getPostscriptFontName(), new TreeSet<>())).codePoints().add(cp));
    }

    /** The element a box's text stands in: anonymous inline text belongs to the nearest element above it. */
    private static Element owner(Box box) {
        for (Box b = box; b != null; b = b.getParent()) {
            if (b.getElement() != null) {
                return b.getElement();
            }
        }
        return null;
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
