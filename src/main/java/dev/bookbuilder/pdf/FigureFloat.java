package dev.bookbuilder.pdf;

import java.util.List;
import org.jsoup.nodes.Element;
import org.openpdf.render.BlockBox;
import org.openpdf.render.Box;
import org.openpdf.render.InlineLayoutBox;
import org.openpdf.render.PageBox;

/**
 * Figures fit or float down past text, as a publisher sets them. A figure taller than what is left of a page
 * goes to the next page, and the renderer left the rest of this one empty (holes of 6 to 24 lines
 * before 28 of the course's figures). The paragraphs and lists after the figure are set first, to fill
 * the hole, and the figure with its caption follows them, as a float goes to the top of the next page:
 * past headings (never ending on one), past code, a table or a callout only when it fits the hole whole,
 * never past another figure, and each figure moves once. A figure that would fit the hole at 70 % of
 * its size or more is drawn that much smaller instead, where it belongs.
 */
final class FigureFloat {
    static final String FLOATED = "pe-floated";
    static final String FITTED = "pe-fitted";
    /** The smallest share of its size a figure is drawn at to fit the page it belongs on. */
    private static final double LEAST_SCALE = 0.7;
    /** The renderer's layout units per point (ITextRenderer's default). */
    private static final float DOTS_PER_POINT = 20f * 4f / 3f;
    /** A hole smaller than this share of the page stays: moving the figure would gain little. */
    private static final double LEAST_HOLE = 0.12;

    private FigureFloat() {
    }

    /** Figures that open a page below a hole on the page before, with how many blocks after them fill it. */
    static void find(Box box, List<PageBox> pages, List<PageEnds.Fault> out) {
        for (int i = 0; i < box.getChildCount(); i++) {
            Box child = box.getChild(i);
            if (i > 0 && isFigure(child)) {
                int fit = heightToFit(box, i, pages);
                int past = fit > 0 ? 0 : blocksToMovePast(box, i, pages);
                if (fit > 0) {
                    out.add(new PageEnds.Fault(child.getElement(), PageEnds.Kind.FIT, fit));
                } else if (past > 0) {
                    out.add(new PageEnds.Fault(child.getElement(), PageEnds.Kind.FLOAT, past));
                }
            } else {
                find(child, pages, out);
            }
        }
    }

    /**
     * The height in points at which a figure that opens a page below a hole fits that hole with its caption,
     * if it is at least {@link #LEAST_SCALE} of its size: a figure drawn a little smaller where it belongs reads
     * better than a hole, or than the text after it set first. 0 when it does not apply.
     */
    private static int heightToFit(Box parent, int at, List<PageBox> pages) {
        Box figure = parent.getChild(at);
        int hole = hole(parent, at, pages);
        Box image = image(figure);
        if (hole <= 0 || image == null || image.getHeight() <= 0) {
            return 0;
        }
        int end = figure.getAbsY() + figure.getHeight();
        if (at + 1 < parent.getChildCount() && hasClass(parent.getChild(at + 1), "caption")) {
            Box caption = parent.getChild(at + 1);
            end = caption.getAbsY() + caption.getHeight();
        }
        PageBox page = pages.get(PageEnds.page(pages, image.getAbsY()));
        int slack = (page.getBottom() - page.getTop()) / 40; // about a line: the margins the renderer adds around the group
        int fits = hole - (end - image.getAbsY() - image.getHeight()) - slack;
        if (fits < LEAST_SCALE * image.getHeight() || fits >= image.getHeight()) {
            return 0;
        }
        return (int) (fits / DOTS_PER_POINT);
    }

    /** The empty space at the foot of the page before a figure that opens a page, in layout units; 0 if none worth filling. */
    private static int hole(Box parent, int at, List<PageBox> pages) {
        Box figure = parent.getChild(at);
        Box before = parent.getChild(at - 1);
        // A figure kept whole may begin at the hole with its image moved overleaf: where the image stands counts.
        Box image = image(figure);
        int page = PageEnds.page(pages, (image == null ? figure : image).getAbsY());
        int beforeEnd = before.getAbsY() + before.getHeight();
        if (page == 0 || PageEnds.page(pages, beforeEnd - 1) != page - 1) {
            return 0;
        }
        PageBox previous = pages.get(page - 1);
        int hole = previous.getBottom() - beforeEnd;
        return hole < LEAST_HOLE * (previous.getBottom() - previous.getTop()) ? 0 : hole;
    }

    /** The image a figure box draws: an {@code <img>} among its boxes or inline content. */
    private static Box image(Box box) {
        if (box.getElement() != null && "img".equals(box.getElement().getTagName())) {
            return box;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            Box found = image(box.getChild(i));
            if (found != null) {
                return found;
            }
        }
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof Box b) {
                    Box found = image(b);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /** Sets the figure's image to this height in print; false if it was fitted before. */
    static boolean fit(Element figure, int heightPt) {
        Element img = "img".equals(figure.tagName()) ? figure : figure.selectFirst("img");
        if (img == null || figure.hasClass(FITTED)) {
            return false;
        }
        img.attr(VectorElements.PRINT_HEIGHT, Integer.toString(heightPt));
        figure.addClass(FITTED);
        figure.removeClass(PageEnds.BREAK); // it stays on the page before, where it now fits
        return true;
    }

    private static int blocksToMovePast(Box parent, int at, List<PageBox> pages) {
        int hole = hole(parent, at, pages);
        if (hole <= 0) {
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
            if (!(b instanceof BlockBox block) || block.isAnonymous() || block.getElement() == null || hasClass(b, "caption") || isFigure(b)) {
                break;
            }
            // Text and headings flow into the hole; a block kept whole (code, a table, a callout) only if it fits what is left of it.
            if (!flows(b) && b.getHeight() > hole - filled) {
                break;
            }
            filled += b.getHeight();
            past++;
        }
        // Never a heading last: it would stand at the foot of the page, its text overleaf below the figure. With
        // the text that follows it, it heads the next page; or the figure stays before it.
        if (past > 0 && isHeading(parent.getChild(next + past - 1))) {
            int after = next + past;
            if (after < parent.getChildCount() && parent.getChild(after) instanceof BlockBox b && !b.isAnonymous() && b.getElement() != null
                    && b.getElement().getTagName().matches("p|ul|ol|dl")) {
                past++;
            } else {
                while (past > 0 && isHeading(parent.getChild(next + past - 1))) {
                    past--;
                }
            }
        }
        return past;
    }

    private static boolean flows(Box b) {
        return b.getElement().getTagName().matches("p|ul|ol|dl") || isHeading(b);
    }

    private static boolean isHeading(Box b) {
        return b.getElement() != null && b.getElement().getTagName().matches("h[2-6]");
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
