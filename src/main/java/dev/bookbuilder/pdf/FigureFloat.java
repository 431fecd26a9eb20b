package dev.bookbuilder.pdf;

import java.util.List;
import org.jsoup.nodes.Element;
import org.openpdf.render.BlockBox;
import org.openpdf.render.Box;
import org.openpdf.render.PageBox;

/**
 * Figures float down past text, as a publisher sets them. A figure taller than what is left of a page
 * goes to the next page, and the renderer left the rest of this one empty (holes of 6 to 24 lines
 * before 28 of the course's figures). The paragraphs and lists after the figure are set first, to fill
 * the hole, and the figure with its caption follows them; never past a heading, a table, code, a
 * callout or another figure, and each figure moves once.
 */
final class FigureFloat {
    static final String FLOATED = "pe-floated";
    /** A hole smaller than this share of the page stays: moving the figure would gain little. */
    private static final double LEAST_HOLE = 0.12;

    private FigureFloat() {
    }

    /** Figures that open a page below a hole on the page before, with how many blocks after them fill it. */
    static void find(Box box, List<PageBox> pages, List<PageEnds.Fault> out) {
        for (int i = 0; i < box.getChildCount(); i++) {
            Box child = box.getChild(i);
            if (i > 0 && isFigure(child)) {
                int past = blocksToMovePast(box, i, pages);
                if (past > 0) {
                    out.add(new PageEnds.Fault(child.getElement(), PageEnds.Kind.FLOAT, past));
                }
            } else {
                find(child, pages, out);
            }
        }
    }

    private static int blocksToMovePast(Box parent, int at, List<PageBox> pages) {
        Box figure = parent.getChild(at);
        Box before = parent.getChild(at - 1);
        int page = PageEnds.page(pages, figure.getAbsY());
        int beforeEnd = before.getAbsY() + before.getHeight();
        if (page == 0 || PageEnds.page(pages, beforeEnd - 1) != page - 1) {
            return 0;
        }
        PageBox previous = pages.get(page - 1);
        int hole = previous.getBottom() - beforeEnd;
        if (hole < LEAST_HOLE * (previous.getBottom() - previous.getTop())) {
            return 0;
        }
        int next = at + 1;
        if (next < parent.getChildCount() && hasClass(parent.getChild(next), "caption")) {
            next++;
        }
        int past = 0;
        int filled = 0;
        for (int j = next; j < parent.getChildCount() && filled < hole; j++) {
            Box b = parent.getChild(j);
            if (!(b instanceof BlockBox block) || block.isAnonymous() || block.getElement() == null
                    || !block.getElement().getTagName().matches("p|ul|ol|dl") || hasClass(b, "caption") || isFigure(b)) {
                break;
            }
            filled += b.getHeight();
            past++;
        }
        return past;
    }

    /** Moves the figure and its caption after the {@code past} blocks that follow them; false if it moved before. */
    static boolean moveDown(Element figure, int past) {
        if (figure.hasClass(FLOATED)) {
            return false;
        }
        Element caption = figure.nextElementSibling() != null && figure.nextElementSibling().hasClass("caption")
                ? figure.nextElementSibling() : null;
        Element after = caption == null ? figure : caption;
        for (int i = 0; i < past && after.nextElementSibling() != null; i++) {
            after = after.nextElementSibling();
        }
        if (caption != null) {
            after.after(caption);
        }
        after.after(figure);
        figure.addClass(FLOATED);
        return true;
    }

    private static boolean isFigure(Box b) {
        return b instanceof BlockBox block && !block.isAnonymous() && block.getElement() != null
                && (hasClass(b, "figure-drawing") || "p".equals(block.getElement().getTagName()) && hasClass(b, "figure"));
    }

    private static boolean hasClass(Box b, String cls) {
        return b.getElement() != null && (" " + b.getElement().getAttribute("class") + " ").contains(" " + cls + " ");
    }
}
