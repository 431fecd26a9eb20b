package dev.bookbuilder.pdf;

import dev.bookbuilder.joined.JoinedPages;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openpdf.css.style.CalculatedStyle.Edge;
import org.openpdf.pdf.ITextFontContext;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.pdf.PDFCreationListener;
import org.openpdf.render.Box;
import org.openpdf.render.InlineLayoutBox;
import org.openpdf.render.PageBox;
import org.openpdf.render.RenderingContext;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfBorderArray;
import org.openpdf.text.pdf.PdfBorderDictionary;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Paints the print document run by run into one PDF: each run (consecutive parts that begin on a
 * right-hand page, {@link PrintParts}) laid out on its own renderer on the layout threads, a few ahead
 * of the one being painted, and let go once painted. The renderer numbers pages and links within the
 * run it holds; across runs this class does: the folio the run starts at, a named destination for
 * every element a link from another run or a bookmark goes to, those links' annotations (added to
 * their page as it ends), and the outline, written once from where its targets were painted.
 */
final class PartPainter {
    /** Runs laid out ahead of the one being painted: their boxes are what painting holds besides its own. */
    private static final int AHEAD = 2;

    /** A layout of a run held a different number of pages than its parts' measures add up to. */
    static final class Mismatch extends Exception {
        private static final long serialVersionUID = 1L;

        Mismatch(String message) {
            super(message);
        }
    }

    /**
     * Writes the numbers of the last run (the index) from the other runs' measures in this painting, before
     * it is laid out; whether it could (false: numbers outside it changed too, and the painting will be
     * made again).
     */
    interface Renumber {
        boolean lastRun(Document last);
    }

    /** The PDF, the physical page each block of {@link JoinedPages#BLOCK_ATTR} begins on, and the page count. */
    record Painted(byte[] pdf, Map<String, Integer> blockPages, int pages) {
    }

    private final List<Document> runs;
    private final List<List<PrintParts.Part>> parts;
    /** Where the parts' pages are recorded from the painting's layouts. */
    private final PartMeasures measures;
    private final int[] startPage;
    private final int[] expectedPages;
    private final Folios folios;
    private final Element bookmarks;
    private final PartMeasures.RunLayout layout;
    private final PDFCreationListener listener;
    /** Null: every run is laid out ahead, as it comes. */
    private final Renumber renumber;
    private final List<Set<String>> idsOf = new ArrayList<>();
    private final Map<String, Integer> runOf = new HashMap<>();
    /** Elements a link from another run goes to: each gets a named destination. */
    private final Set<String> named = new LinkedHashSet<>();
    /** Each bookmark's target, with the destination it was painted at. */
    private final Map<String, PdfDestination> marks = new LinkedHashMap<>();
    private final CrossLinks links = new CrossLinks();
    private final Map<String, Integer> blockPages = new HashMap<>();

    PartPainter(List<Document> runs, List<List<PrintParts.Part>> parts, int[] startPage, int[] expectedPages, Folios folios, Element bookmarks,
            PartMeasures.RunLayout layout, PDFCreationListener listener, PartMeasures measures, Renumber renumber) {
        this.renumber = renumber;
        this.runs = runs;
        this.parts = parts;
        this.measures = measures;
        this.startPage = startPage;
        this.expectedPages = expectedPages;
        this.folios = folios;
        this.bookmarks = bookmarks;
        this.layout = layout;
        this.listener = listener;
        for (int k = 0; k < runs.size(); k++) {
            Set<String> ids = new HashSet<>();
            for (Element e : runs.get(k).body().getAllElements()) {
                if (!e.id().isEmpty() && ids.add(e.id())) {
                    runOf.putIfAbsent(e.id(), k);
                }
            }
            idsOf.add(ids);
        }
        for (int k = 0; k < runs.size(); k++) {
            for (Element a : runs.get(k).body().select("a[href^=#]")) {
                String target = a.attr("href").substring(1);
                if (!idsOf.get(k).contains(target) && runOf.containsKey(target)) {
                    named.add(target);
                }
            }
        }
        if (bookmarks != null) {
            for (Element b : bookmarks.select("bookmark[href^=#]")) {
                marks.put(b.attr("href").substring(1), null);
            }
        }
    }

    Painted paint() throws IOException, Mismatch {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deque<Future<ITextRenderer>> ahead = new ArrayDeque<>();
        int submitted = 0;
        ITextRenderer opener = null; // the renderer that opened the PDF: it hands the file on
        boolean renumbered = false;
        int pages = 0;
        int last = runs.size() - 1;
        try {
            for (int k = 0; k < runs.size(); k++) {
                while (submitted < runs.size() && submitted <= k + AHEAD && (renumber == null || submitted < last || k == last)) {
                    if (renumber != null && submitted == last) {
                        renumbered = renumber.lastRun(runs.get(last)); // every run before it measured
                    }
                    Document run = runs.get(submitted++);
                    ahead.add(LayoutThreads.submit(() -> layout.layOut(run)));
                }
                ITextRenderer renderer;
                try {
                    renderer = LayoutThreads.get(ahead.poll());
                } catch (ExecutionException e) {
                    PartMeasures.rethrow(e);
                    return null;
                }
                List<PageBox> laidOut = renderer.getRootBox().getLayer().getPages();
                measures.record(renderer, parts.get(k));
                if (laidOut.size() != expectedPages[k] && !(renumbered && k == last)) { // nothing follows the index
                    PdfBookWriter.release(renderer);
                    throw new Mismatch("run " + k + " of the print document took " + laidOut.size() + " pages, measured " + expectedPages[k]);
                }
                RenderingContext c = context(renderer);
                queueLinks(renderer, c, k);
                recordBlocks(renderer, k);
                // The page counter at the run's first page; a run that holds the body's start counts from it (print.css).
                int counter = startPage[k] < folios.bodyStart() ? startPage[k] : startPage[k] - folios.bodyStart() + 1;
                if (k == 0) {
                    renderer.setListener(listener);
                    renderer.setPdfPageEvent(links);
                    renderer.createPDF(out, false, counter);
                    opener = renderer;
                } else {
                    WriterHandoff.pass(opener, renderer);
                    renderer.writeNextDocument(counter);
                }
                PdfWriter writer = renderer.getWriter();
                links.measure(startPage[k] + laidOut.size() - 1); // the run's last page ends when the next run begins
                destinations(renderer, c, k, writer);
                pages += laidOut.size();
                if (k == runs.size() - 1) {
                    outline(writer, c, renderer);
                    renderer.setListener(listener);
                    renderer.finishPDF();
                }
                PdfBookWriter.release(renderer);
            }
        } finally {
            for (Future<ITextRenderer> f : ahead) { // on a failure, the layouts still running are let go when they end
                f.cancel(false);
            }
        }
        return new Painted(out.toByteArray(), blockPages, pages);
    }

    /** The renderer's own context for measuring its pages' margins (as it makes one to paint). */
    private static RenderingContext context(ITextRenderer renderer) {
        ITextFontContext fontContext = new ITextFontContext();
        renderer.getSharedContext().getTextRenderer().setup(fontContext);
        return renderer.getSharedContext().newRenderingContextInstance(renderer.getOutputDevice(), fontContext, renderer.getRootBox().getLayer(), 0);
    }

    private void recordBlocks(ITextRenderer renderer, int k) {
        List<String> ids = runs.get(k).body().select("[" + JoinedPages.BLOCK_ATTR + "]").eachAttr("id");
        PdfBookWriter.physicalPages(renderer, ids).forEach((id, page) -> blockPages.put(id, startPage[k] + page - 1));
    }

    /** Named destinations for the run's elements that links from other runs go to, and the bookmarks' destinations. */
    private void destinations(ITextRenderer renderer, RenderingContext c, int k, PdfWriter writer) {
        float dpp = renderer.getOutputDevice().getDotsPerPoint();
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : named) {
            if (idsOf.get(k).contains(id)) {
                wanted.add(id);
            }
        }
        for (String id : marks.keySet()) {
            if (idsOf.get(k).contains(id)) {
                wanted.add(id);
            }
        }
        Map<String, Box> boxes = boxes(renderer, wanted);
        for (String id : wanted) {
            Box box = boxes.get(id);
            if (box == null) {
                continue;
            }
            PageBox page = renderer.getRootBox().getLayer().getPage(c, pageRefY(box));
            if (page == null) {
                continue;
            }
            int physical = startPage[k] + pages.indexOf(page);
            if (named.contains(id)) {
                // As the renderer makes a link's destination (ITextOutputDevice.createDestination).
                int fromTop = page.getMarginBorderPadding(c, Edge.TOP) + (int) (box.getAbsY() + box.getMargin(c).top() - page.getTop());
                writer.addNamedDestination(id, physical, new PdfDestination(PdfDestination.XYZ, 0, page.getHeight(c) / dpp - fromTop / dpp, 0));
            }
            if (marks.containsKey(id)) {
                // As the renderer makes a bookmark's destination (ITextOutputDevice.writeBookmark).
                int fromTop = page.getMarginBorderPadding(c, Edge.TOP) + box.getAbsY() - page.getTop();
                PdfDestination dest = new PdfDestination(PdfDestination.XYZ, 0, page.getHeight(c) / dpp - fromTop / dpp, 0);
                dest.addPage(writer.getPageReference(physical));
                marks.put(id, dest);
            }
        }
    }

    private static Map<String, Box> boxes(ITextRenderer renderer, Set<String> ids) {
        Map<String, Box> out = new HashMap<>();
        Set<String> lost = new HashSet<>();
        for (String id : ids) {
            Box b = renderer.getSharedContext().getIdMap().get(id);
            if (b == null) {
                lost.add(id);
            } else {
                out.put(id, b);
            }
        }
        if (!lost.isEmpty()) { // ids a relayout took out of the renderer's map (LaidOutBoxes)
            out.putAll(LaidOutBoxes.find(renderer.getRootBox(), lost));
        }
        return out;
    }

    private static int pageRefY(Box box) {
        return box instanceof InlineLayoutBox inline ? inline.getAbsY() + inline.getBaseline() : box.getAbsY();
    }

    /** The book's outline, from the bookmarks in the print document's head, to where their targets were painted. */
    private void outline(PdfWriter writer, RenderingContext c, ITextRenderer renderer) {
        if (bookmarks == null) {
            return;
        }
        PageBox first = renderer.getRootBox().getLayer().getPages().get(0);
        PdfDestination fallback = new PdfDestination(PdfDestination.FITH, first.getHeight(c) / renderer.getOutputDevice().getDotsPerPoint());
        fallback.addPage(writer.getPageReference(1));
        outline(writer.getRootOutline(), bookmarks, fallback);
    }

    private void outline(PdfOutline parent, Element bookmarks, PdfDestination fallback) {
        for (Element b : bookmarks.children()) {
            if (!"bookmark".equals(b.tagName())) {
                continue;
            }
            String href = b.attr("href");
            PdfDestination dest = href.startsWith("#") ? marks.get(href.substring(1)) : null;
            PdfOutline node = new PdfOutline(parent, dest == null ? fallback : dest, b.attr("name"));
            outline(node, b, fallback);
        }
    }

    /** The link annotations of the run's links to other runs, each queued for the page it is drawn on. */
    private void queueLinks(ITextRenderer renderer, RenderingContext c, int k) {
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        Set<Box> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Box> found = new ArrayList<>();
        linkBoxes(renderer.getRootBox(), k, seen, found);
        // The pieces a link's element was laid out in, side by side in one line, make one area (as the
        // renderer unites them, ITextOutputDevice.calcTotalLinkArea); the area is measured once the page
        // is painted (a leader's width is known only then).
        List<Box> pieces = new ArrayList<>();
        for (int i = 0; i <= found.size(); i++) {
            Box box = i < found.size() ? found.get(i) : null;
            if (!pieces.isEmpty() && box != null && box.getParent() == pieces.get(0).getParent() && box.getElement() == pieces.get(0).getElement()) {
                pieces.add(box);
                continue;
            }
            if (!pieces.isEmpty()) {
                Box first = pieces.get(0);
                int y = first.getAbsY();
                if (first instanceof InlineLayoutBox inline && inline.getLineBox() != null) {
                    y = inline.getLineBox().getAbsY() + Math.max(0, inline.getLineBox().getHeight() - 1); // the page its line is drawn on
                }
                int index = PageEnds.page(pages, y);
                links.add(startPage[k] + index, new CrossLinks.Pending(first.getElement().getAttribute("href").substring(1), List.copyOf(pieces),
                        pages.get(index), c, renderer.getOutputDevice().getDotsPerPoint()));
            }
            pieces.clear();
            if (box != null) {
                pieces.add(box);
            }
        }
    }

    private void linkBoxes(Box box, int k, Set<Box> seen, List<Box> out) {
        if (!seen.add(box)) {
            return;
        }
        org.w3c.dom.Element e = box.getElement();
        if (e != null && "a".equals(e.getTagName()) && !(box.isAnonymous())) {
            String href = e.getAttribute("href");
            if (href.length() > 1 && href.charAt(0) == '#') {
                String target = href.substring(1);
                if (!idsOf.get(k).contains(target) && runOf.containsKey(target)) {
                    out.add(box);
                }
            }
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            linkBoxes(box.getChild(i), k, seen, out);
        }
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof Box b) {
                    linkBoxes(b, k, seen, out);
                }
            }
        }
    }

    /** Links to other runs, added to their page when it ends (the writer's page event). */
    private static final class CrossLinks extends PdfPageEventHelper {
        /** A link laid out, to be measured once its page is painted. */
        private record Pending(String target, List<Box> pieces, PageBox page, RenderingContext c, float dpp) {
            /** As the renderer places an annotation (ITextOutputDevice.createLocalTargetArea): page coordinates, from the foot. */
            Link measure() {
                Rectangle r = new Rectangle(pieces.get(0).calcPaintingInfo(c, true).getAggregateBounds());
                for (Box b : pieces) {
                    r.add(b.calcPaintingInfo(c, true).getAggregateBounds());
                }
                float left = page.getMarginBorderPadding(c, Edge.LEFT);
                float top = page.getMarginBorderPadding(c, Edge.TOP) - page.getTop();
                float height = page.getHeight(c) / dpp;
                float llx = (r.x + left) / dpp;
                float lly = height - (r.y + r.height + top) / dpp;
                return new Link(target, llx, lly, llx + r.width / dpp, lly + r.height / dpp);
            }
        }

        private record Link(String target, float llx, float lly, float urx, float ury) {
        }

        private final Map<Integer, List<Pending>> pending = new HashMap<>();
        private final Map<Integer, List<Link>> measured = new HashMap<>();

        void add(int page, Pending link) {
            pending.computeIfAbsent(page, p -> new ArrayList<>()).add(link);
        }

        /** Measures a painted page's links (while its run's boxes are still held). */
        void measure(int page) {
            List<Pending> on = pending.remove(page);
            if (on == null) {
                return;
            }
            List<Link> out = measured.computeIfAbsent(page, p -> new ArrayList<>());
            for (Pending p : on) {
                Link link = p.measure();
                if (!out.contains(link)) { // a link painted in pieces gives one annotation per area, as the renderer does
                    out.add(link);
                }
            }
        }

        @Override
        public void onEndPage(PdfWriter writer, org.openpdf.text.Document document) {
            measure(writer.getPageNumber());
            List<Link> on = measured.remove(writer.getPageNumber());
            if (on == null) {
                return;
            }
            for (Link l : on) {
                PdfAnnotation annot = new PdfAnnotation(writer, l.llx(), l.lly(), l.urx(), l.ury(), PdfAction.gotoLocalPage(l.target(), false));
                annot.put(PdfName.SUBTYPE, PdfName.LINK);
                annot.put(PdfName.F, new PdfNumber(PdfAnnotation.FLAGS_PRINT));
                annot.setBorderStyle(new PdfBorderDictionary(0.0f, 0));
                annot.setBorder(new PdfBorderArray(0.0f, 0.0f, 0));
                writer.addAnnotation(annot);
            }
        }
    }
}
