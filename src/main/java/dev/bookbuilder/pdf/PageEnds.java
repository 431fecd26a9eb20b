package dev.bookbuilder.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.render.BlockBox;
import org.openpdf.render.Box;
import org.openpdf.render.LineBox;
import org.openpdf.render.PageBox;

/**
 * Mends the page ends the renderer's breaking leaves, between the first layout and the ones that
 * place page numbers. The renderer keeps a box with {@code page-break-inside: avoid} together only
 * sometimes: a callout that would fit on the next page was split, leaving one item of its list alone
 * on a page, and a code block or callout whose lines all moved to the next page left its empty frame
 * (top border, padding and background) at the foot of the page before. Such a box is made to start a
 * page (with the heading or caption kept with it). A page holding only the last one or two lines of a
 * paragraph before a new page takes one line more from the page before ({@code widows: 3}); one holding
 * only a short paragraph takes the short block before it too. A figure below a hole lets the text after
 * it fill the hole ({@link FigureFloat}).
 */
final class PageEnds {
    /** A layout of the print document, run again after the document changed. */
    interface Layout {
        ITextRenderer run() throws IOException;
    }

    static final String BREAK = "pe-break";
    static final String WIDOWS = "pe-widows";
    static final String WHOLE = "pe-whole";
    /** A long code block that splits across pages, as long listings do in print. */
    static final String SPLIT = "pe-split";
    /** A box moved once and moved back: it is never moved again. */
    static final String UNMOVED = "pe-unmoved";
    /** Relayouts at most: a mended box moves what follows it, and may bring a new fault further on. */
    private static final int ROUNDS = 5;

    private PageEnds() {
    }

    /** The renderer after the document's page ends were mended (laid out again if anything changed). */
    static ITextRenderer settle(org.jsoup.nodes.Document html, ITextRenderer renderer, Layout layout) throws IOException {
        for (int round = 0; round < ROUNDS; round++) {
            List<Fault> faults = find(renderer);
            // Every fault's element found before any is mended: a figure moved changes which element is the n-th.
            Elements found = new Elements(html);
            List<Element> elements = faults.stream().map(f -> found.of(f.element())).toList();
            boolean changed = false;
            for (int k = 0; k < faults.size(); k++) {
                Fault f = faults.get(k);
                Element e = elements.get(k);
                if (e != null && f.kind() == Kind.UNBREAK) {
                    changed |= e.hasClass(BREAK);
                    e.removeClass(BREAK);
                } else if (e != null && f.kind() == Kind.UNMOVE) {
                    changed |= e.hasClass(BREAK);
                    e.removeClass(BREAK);
                    e.addClass(UNMOVED);
                } else if (e != null) {
                    // The renderer does not always honour widows: then the paragraph is kept whole, on the next page.
                    Element previous = e.previousElementSibling();
                    changed |= switch (f.kind()) {
                        case BOX -> !frame(e).hasClass(UNMOVED) && mark(keptWith(frame(e)), BREAK);
                        case TAIL -> mark(keptWith(e), BREAK);
                        case SPLIT -> {
                            keptWith(e).removeClass(BREAK);
                            yield mark(e, SPLIT);
                        }
                        case UNMOVE, UNBREAK -> false;
                        case FLOAT -> FigureFloat.moveDown(e, f.amount());
                        case FIT -> FigureFloat.fit(e, f.amount());
                        case WIDOWS -> mark(e, e.hasClass(WIDOWS) ? WHOLE : WIDOWS);
                        case WITH_PREVIOUS -> previous != null && previous.tagName().matches("p|ul|ol|pre|blockquote|aside|div")
                                && previous.text().length() <= 200 // a short block: a long one would leave a hole
                                && mark(keptWith(previous), BREAK);
                    };
                }
            }
            if (!changed) {
                break;
            }
            renderer = layout.run();
        }
        return renderer;
    }

    enum Kind { BOX, TAIL, SPLIT, WIDOWS, WITH_PREVIOUS, UNMOVE, UNBREAK, FLOAT, FIT }

    /** A fault; {@code amount} is, for FLOAT, the blocks the figure moves past, for FIT its new height in points. */
    record Fault(org.w3c.dom.Element element, Kind kind, int amount) {
        Fault(org.w3c.dom.Element element, Kind kind) {
            this(element, kind, 0);
        }
    }

    /** Boxes split or left empty at a page foot, and paragraphs whose last lines stand alone on a page. */
    static List<Fault> find(ITextRenderer renderer) {
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        List<Fault> out = new ArrayList<>();
        boxes(renderer.getRootBox(), pages, out);
        unneededBreaks(renderer.getRootBox(), pages, out);
        FigureFloat.find(renderer.getRootBox(), pages, out);
        longCode(renderer.getRootBox(), pages, out);
        int[] lines = new int[pages.size()];
        List<LineBox> firstLines = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            firstLines.add(null);
        }
        countLines(renderer.getRootBox(), pages, lines, firstLines);
        for (int p = 1; p < pages.size(); p++) {
            LineBox first = firstLines.get(p);
            if (lines[p] == 0 || lines[p] >= 3 || first == null || (p + 1 < pages.size() && lines[p + 1] > 0 && !startsPage(firstLines.get(p + 1), pages.get(p + 1)))) {
                continue; // a full page, or a short page whose text goes on overleaf (a figure's page)
            }
            Box block = first.getParent();
            if (block == null || block.getElement() == null || !"p".equals(block.getElement().getTagName())) {
                continue;
            }
            LineBox opening = firstLine(block);
            if (opening != null && page(pages, opening.getAbsY()) < p) {
                out.add(new Fault(block.getElement(), Kind.WIDOWS)); // the paragraph's last lines, carried over
            } else {
                out.add(new Fault(block.getElement(), Kind.WITH_PREVIOUS)); // a short paragraph alone: the one before goes with it
            }
        }
        return out;
    }

    private static void boxes(Box box, List<PageBox> pages, List<Fault> out) {
        if (box instanceof BlockBox block && !block.isAnonymous() && block.getElement() != null && framed(block)) {
            int top = page(pages, block.getAbsY());
            int bottom = page(pages, block.getAbsY() + block.getHeight() - 1);
            int[] lines = new int[pages.size()];
            countLines(block, pages, lines, null);
            // Split at all, a box keeps two lines on the first page and three on the last: fewer read as a stray end.
            boolean emptyFrame = bottom > top && lines[top] == 0 && visible(block);
            int least = "aside".equals(block.getElement().getTagName()) ? 3 : 2; // a callout's title and two lines
            boolean split = bottom > top && (lines[top] < least || lines[bottom] < 3)
                    && block.getHeight() <= pages.get(top).getBottom() - pages.get(top).getTop();
            if (split && !emptyFrame && "pre".equals(block.getElement().getTagName()) && bottom == top + 1 && lines[top] >= 5 && lines[bottom] < 3
                    && !hasClass(block.getElement(), WHOLE) && block.getAbsY() > pages.get(top).getTop()) {
                // A long listing the renderer split with a line or two overleaf: three lines go over (widows), rather
                // than the whole listing, which left a hole before it (17 lines on printed p. 168).
                out.add(new Fault(block.getElement(), Kind.WIDOWS));
                return;
            }
            if (split && !emptyFrame && bottom == top + 1 && lines[bottom] < 3 && !block.getStyle().isAvoidPageBreakInside()
                    && block.getAbsY() > pages.get(top).getTop()) {
                // A long box that may split, with only its last line or two overleaf: more of its end goes with them,
                // rather than the whole box, which left a hole of 13 to 17 lines before it.
                BlockBox tail = tail(block, pages, top, lines[top], lines[bottom], least);
                if (tail != null) {
                    out.add(new Fault(tail.getElement(), Kind.TAIL));
                    return;
                }
            }
            if ((emptyFrame || split) && block.getAbsY() > pages.get(top).getTop()) {
                out.add(new Fault(block.getElement(), Kind.BOX));
                return;
            }
            String cls = " " + block.getElement().getAttribute("class") + " ";
            if (bottom > top && lines[top] < 2 && cls.contains(" " + BREAK + " ")) {
                // Moved to a new page, the renderer still broke it after its title: the move is undone, and the box
                // splits where it first fell, as a long box in any book does.
                out.add(new Fault(block.getElement(), Kind.UNMOVE));
                return;
            }
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            boxes(box.getChild(i), pages, out);
        }
    }

    /**
     * Code blocks kept whole that opened a page below a hole of a seventh of a page or more, and are long
     * enough to split with at least five lines on either side: they split instead (13 to 17 empty lines
     * stood before two listings of the course).
     */
    private static void longCode(Box box, List<PageBox> pages, List<Fault> out) {
        for (int i = 0; i < box.getChildCount(); i++) {
            Box child = box.getChild(i);
            if (!(child instanceof BlockBox block) || block.isAnonymous() || block.getElement() == null) {
                continue;
            }
            if (!"pre".equals(block.getElement().getTagName()) || !block.getStyle().isAvoidPageBreakInside()) {
                longCode(child, pages, out);
                continue;
            }
            int first = i;
            while (first > 0 && box.getChild(first - 1).getElement() != null && hasClass(box.getChild(first - 1).getElement(), "code-title")) {
                first--;
            }
            int p = page(pages, block.getAbsY());
            if (first == 0 || p == 0 || box.getChild(first).getAbsY() != pages.get(p).getTop()) {
                continue;
            }
            Box before = box.getChild(first - 1);
            int end = before.getAbsY() + before.getHeight();
            int height = pages.get(p).getBottom() - pages.get(p).getTop();
            int hole = pages.get(p - 1).getBottom() - end;
            int[] lines = new int[pages.size()];
            countLines(block, pages, lines, null);
            int lineHeight = block.getHeight() / Math.max(1, lines[p]);
            if (page(pages, end - 1) == p - 1 && hole >= height / 7 && lines[p] >= 10 && hole >= 5 * lineHeight) {
                out.add(new Fault(block.getElement(), Kind.SPLIT));
            }
        }
    }

    /**
     * The last of a split box's blocks of text that, carried overleaf with the ones after it, gives the box's
     * last page at least three lines, while its first page keeps {@code least}; null if none does.
     */
    private static BlockBox tail(BlockBox box, List<PageBox> pages, int top, int topLines, int tailLines, int least) {
        List<BlockBox> texts = new ArrayList<>();
        textBlocks(box, texts);
        int carried = tailLines;
        int left = topLines;
        for (int k = texts.size() - 1; k >= 0; k--) {
            BlockBox text = texts.get(k);
            if (page(pages, text.getAbsY()) != top) {
                continue; // wholly overleaf: its lines are counted already
            }
            int[] lines = new int[pages.size()];
            countLines(text, pages, lines, null);
            carried += lines[top];
            left -= lines[top];
            if (left < least) {
                return null;
            }
            if (carried >= 3) {
                return text;
            }
        }
        return null;
    }

    /** The blocks below {@code box} that hold lines of text themselves (paragraphs, list items), in order. */
    private static void textBlocks(Box box, List<BlockBox> out) {
        if (box instanceof BlockBox block && !block.isAnonymous() && block.getElement() != null
                && block.getChildCount() > 0 && block.getChild(0) instanceof LineBox) {
            out.add(block); // (a block's children are all lines or all blocks)
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            if (!(box.getChild(i) instanceof LineBox)) {
                textBlocks(box.getChild(i), out);
            }
        }
    }

    /**
     * Page breaks made in an earlier round that a later mend made needless: the page before now ends in a
     * hole that the moved box and what is kept with it would fit with room to spare (a callout alone on a
     * page after half a page left empty). The break is taken back.
     */
    private static void unneededBreaks(Box box, List<PageBox> pages, List<Fault> out) {
        for (int i = 0; i < box.getChildCount(); i++) {
            Box child = box.getChild(i);
            if (child instanceof BlockBox block && i > 0 && block.getElement() != null && hasClass(block.getElement(), BREAK)) {
                int p = page(pages, block.getAbsY());
                Box before = box.getChild(i - 1);
                int end = before.getAbsY() + before.getHeight();
                if (p > 0 && block.getAbsY() == pages.get(p).getTop() && page(pages, end - 1) == p - 1) {
                    int hole = pages.get(p - 1).getBottom() - end;
                    int group = keptHeight(box, i);
                    int room = (pages.get(p).getBottom() - pages.get(p).getTop()) / 24; // about a line and a half of text
                    if (group > 0 && hole > group + room) {
                        out.add(new Fault(block.getElement(), Kind.UNBREAK));
                    }
                }
                continue;
            }
            unneededBreaks(child, pages, out);
        }
    }

    /** The height of the box at this index and of the boxes after it up to the framed one it was kept with. */
    private static int keptHeight(Box parent, int from) {
        int top = parent.getChild(from).getAbsY();
        for (int k = from; k < parent.getChildCount(); k++) {
            Box b = parent.getChild(k);
            if (b instanceof BlockBox block && block.getElement() != null && (framed(block) || k - from >= 3 || k == parent.getChildCount() - 1)) {
                return b.getAbsY() + b.getHeight() - top; // (the last: a box's tail, carried overleaf with its last lines)
            }
        }
        return -1;
    }

    private static boolean hasClass(org.w3c.dom.Element e, String cls) {
        return (" " + e.getAttribute("class") + " ").contains(" " + cls + " ");
    }

    /** A box whose frame shows (code, quotes, callouts) or that the stylesheet keeps on one page. */
    private static boolean framed(BlockBox block) {
        String tag = block.getElement().getTagName();
        if (tag.matches("h[1-6]|tr|td|th|li|body|html|section|table|tbody|thead")) {
            return false;
        }
        return block.getStyle().isAvoidPageBreakInside() || visible(block);
    }

    /** A box with a border or background: code, quotes, callouts, the core points. */
    private static boolean visible(BlockBox block) {
        String cls = " " + block.getElement().getAttribute("class") + " ";
        return block.getElement().getTagName().matches("pre|blockquote|aside") || cls.contains(" core-points ") || cls.contains(" code-title ");
    }

    static void countLines(Box box, List<PageBox> pages, int[] lines, List<LineBox> firstLines) {
        if (box instanceof LineBox line) {
            if (line.getChildCount() > 0 && line.getHeight() > 0) {
                int p = page(pages, line.getAbsY());
                lines[p]++;
                if (firstLines != null && (firstLines.get(p) == null || line.getAbsY() < firstLines.get(p).getAbsY())) {
                    firstLines.set(p, line);
                }
            }
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            countLines(box.getChild(i), pages, lines, firstLines);
        }
    }

    /** Whether the page opens with its section: the first line's block begins on the page. */
    private static boolean startsPage(LineBox first, PageBox page) {
        return first != null && first.getParent() != null && first.getParent().getAbsY() >= page.getTop();
    }

    private static LineBox firstLine(Box box) {
        for (int i = 0; i < box.getChildCount(); i++) {
            Box c = box.getChild(i);
            if (c instanceof LineBox line && line.getChildCount() > 0) {
                return line;
            }
            LineBox inner = c instanceof LineBox ? null : firstLine(c);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    static int page(List<PageBox> pages, int y) {
        int p = 0;
        while (p < pages.size() - 1 && pages.get(p).getBottom() <= y) {
            p++;
        }
        return p;
    }

    /**
     * The outermost framed box around an element, or the element: the renderer reports a paragraph or
     * list inside a callout as kept together too (it passes {@code page-break-inside} on), and a page
     * break before it would leave the callout's title alone on the page before.
     */
    private static Element frame(Element e) {
        Element out = e;
        for (Element up = e.parent(); up != null; up = up.parent()) {
            if (up.tagName().matches("aside|blockquote|pre") || up.hasClass("core-points")) {
                out = up;
            }
        }
        return out;
    }

    /** The box and what the stylesheet keeps with it: a heading, caption or title right before it. */
    private static Element keptWith(Element e) {
        Element start = e;
        for (Element prev = start.previousElementSibling(); prev != null
                && (prev.tagName().matches("h[2-6]") || prev.hasClass("caption") || prev.hasClass("code-title")); prev = prev.previousElementSibling()) {
            start = prev;
        }
        return start;
    }

    private static boolean mark(Element e, String cls) {
        if (e.hasClass(cls)) {
            return false;
        }
        e.addClass(cls);
        return true;
    }

    /**
     * The print document's element for a laid-out box: the n-th element of its tag, in document order.
     * Each tag's elements are listed once (a lookup per fault had walked both documents: minutes at 16×).
     */
    private static final class Elements {
        private final org.jsoup.nodes.Document html;
        private final java.util.Map<String, org.jsoup.select.Elements> jsoup = new java.util.HashMap<>();
        private final java.util.Map<String, java.util.Map<org.w3c.dom.Element, Integer>> laidOut = new java.util.HashMap<>();

        Elements(org.jsoup.nodes.Document html) {
            this.html = html;
        }

        Element of(org.w3c.dom.Element element) {
            String tag = element.getTagName();
            Integer i = laidOut.computeIfAbsent(tag, t -> {
                java.util.Map<org.w3c.dom.Element, Integer> index = new java.util.IdentityHashMap<>();
                org.w3c.dom.NodeList same = element.getOwnerDocument().getElementsByTagName(t);
                for (int n = 0, size = same.getLength(); n < size; n++) {
                    index.put((org.w3c.dom.Element) same.item(n), n);
                }
                return index;
            }).get(element);
            org.jsoup.select.Elements all = jsoup.computeIfAbsent(tag, html::getElementsByTag);
            return i == null || i >= all.size() ? null : all.get(i);
        }
    }
}
