package dev.bookbuilder.pdf;

import java.awt.Rectangle;
import java.util.List;
import org.openpdf.layout.PaintingInfo;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.render.Box;
import org.openpdf.render.InlineLayoutBox;
import org.openpdf.render.LineBox;
import org.openpdf.render.PageBox;

/**
 * Each line is drawn on its own page only. The renderer moves a line that would cross a page break
 * to the next page, but draws every line whose painted extent reaches into a page's text block;
 * a CJK font's ascent and descent exceed a heading's line height (and a formula can stand taller
 * than its line), so the first line of a page was also drawn, clipped away, at the foot of the
 * page before it: invisible, but met twice by search, copy and text-to-speech. After layout, each
 * line's painted extent is cut to the page its line box stands on.
 */
final class PageBreakLines {
    private PageBreakLines() {
    }

    static void keepOnTheirPages(ITextRenderer renderer) {
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        visit(renderer.getRootBox(), pages);
    }

    private static void visit(Box box, List<PageBox> pages) {
        if (box instanceof LineBox line) {
            clamp(line, pages);
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            visit(box.getChild(i), pages);
        }
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof Box b && !(child instanceof InlineLayoutBox)) {
                    visit(b, pages); // inline blocks: their own lines
                }
            }
        }
    }

    private static void clamp(LineBox line, List<PageBox> pages) {
        PaintingInfo info = line.getPaintingInfo();
        if (info == null) {
            return;
        }
        int top = line.getAbsY();
        int bottom = top + line.getHeight();
        for (PageBox page : pages) {
            if (page.getTop() <= top && top < page.getBottom()) {
                if (bottom > page.getBottom()) {
                    return; // a line taller than what is left of the page stands across the break: leave it
                }
                Rectangle r = info.getAggregateBounds();
                int from = Math.max(r.y, page.getTop());
                int to = Math.min(r.y + r.height, page.getBottom() - 1);
                if (to > from) {
                    r.setBounds(r.x, from, r.width, to - from);
                }
                return;
            }
        }
    }
}
