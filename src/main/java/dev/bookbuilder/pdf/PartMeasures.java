package dev.bookbuilder.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.render.Box;
import org.openpdf.render.PageBox;
import org.w3c.dom.Node;

/**
 * How many pages each part of the print document takes, and on which of them its measured elements
 * fall, kept by the part's markup: a part breaks into the same pages wherever it falls
 * ({@link PrintParts}), so a part whose markup did not change is never laid out again. Parts not
 * measured yet are laid out in runs of consecutive parts, each run a document of its own, on the
 * layout threads ({@link LayoutThreads}); a run's boxes are let go as soon as it is measured.
 */
final class PartMeasures {
    /** A part's pages, and the page (0 = its first) of each measured element in it. */
    record Measure(int pages, Map<String, Integer> offsets) {
    }

    /** A layout of a run's document (a new renderer, laid out). */
    interface RunLayout {
        ITextRenderer layOut(Document run) throws IOException;

        /** A layout of this DOM of the run's document (some of its parts hidden). */
        ITextRenderer layOut(org.w3c.dom.Document dom, Document run) throws IOException;
    }

    /** A check of a run's first layout that may change the run's markup (then the run is laid out again). */
    interface FirstLayoutCheck {
        /** What it did to the run's document; {@code order}: the run's place among the runs measured together. */
        Checked check(int order, Document run, ITextRenderer laidOut);
    }

    /** What a check of a run's first layout did. */
    enum Checked {
        UNCHANGED,
        CHANGED,
        /** Changed the run, and gave warnings: a later build checks the run again (and warns again) rather than keep it. */
        WARNED
    }

    /** About this many elements a run (≈ 25 pages of the course): a few runs' boxes are what the layouts hold at once. */
    static final int RUN_ELEMENTS = 3000;

    private final Set<String> measured;
    private final Map<String, Measure> byDigest = new ConcurrentHashMap<>();
    /** Each part's latest measure, by the part's first element. */
    private final Map<Element, Measure> latest = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
    /** Whether every part began a page in every layout so far. */
    private volatile boolean partwise = true;
    /** Where the parts measured are kept for later builds. */
    private PartCache kept;

    PartMeasures(List<String> measured) {
        this.measured = Set.copyOf(measured);
    }

    boolean partwise() {
        return partwise;
    }

    /** Keeps each run measured from now on (its parts' markup before, as mended, and their measures) in {@code cache}, and looks runs up there first. */
    void keepIn(PartCache cache) {
        this.kept = cache;
    }

    /** Records a part's measure kept by an earlier build: the part (its first element given) has this digest now. */
    void restore(String digest, Element first, Measure m) {
        byDigest.put(digest, m);
        latest.put(first, m);
    }

    /** The part's measure, or null when a part with its markup was never laid out. */
    Measure of(PrintParts.Part part) {
        return part.blank() ? new Measure(1, Map.of()) : byDigest.get(part.digest());
    }

    /**
     * The part's measure, or, when its markup changed since (page numbers written in), its last one:
     * a painting made from estimates checks them ({@link PartPainter}).
     */
    Measure estimate(PrintParts.Part part) {
        Measure m = of(part);
        return m != null ? m : latest.get(part.children().get(0));
    }

    /**
     * Lays out the parts not measured yet, in runs on the layout threads, and records them; with
     * {@code mend}, each run's page ends are mended first ({@link PageEnds}: it mends within a part).
     */
    void measureMissing(PrintParts parts, RunLayout layout, boolean mend) throws IOException {
        measureMissing(parts, layout, mend, p -> true, null);
    }

    /** As {@link #measureMissing(PrintParts, RunLayout, boolean)}, only the parts not measured that {@code which} takes. */
    void measureMissing(PrintParts parts, RunLayout layout, boolean mend, java.util.function.Predicate<PrintParts.Part> which) throws IOException {
        measureMissing(parts, layout, mend, which, null);
    }

    /** As {@link #measureMissing(PrintParts, RunLayout, boolean, java.util.function.Predicate)}, each run's first layout checked first. */
    void measureMissing(PrintParts parts, RunLayout layout, boolean mend, java.util.function.Predicate<PrintParts.Part> which, FirstLayoutCheck check)
            throws IOException {
        List<List<PrintParts.Part>> runs = new ArrayList<>();
        List<PrintParts.Part> run = new ArrayList<>();
        int size = 0;
        List<PrintParts.Part> all = parts.parts();
        for (int i = 0; i < all.size(); i++) {
            PrintParts.Part p = all.get(i);
            boolean missing = of(p) == null && which.test(p);
            if (!missing || size >= RUN_ELEMENTS) {
                if (!run.isEmpty()) {
                    runs.add(run);
                }
                run = new ArrayList<>();
                size = 0;
            }
            if (missing) {
                run.add(p);
                size += p.size();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        if (kept != null) { // runs a build laid out as they are now are put back as it mended them
            runs.removeIf(r -> kept.restore(r, this));
        }
        if (runs.isEmpty()) {
            return;
        }
        List<Document> docs = parts.takeOut(runs, false);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int k = 0; k < runs.size(); k++) {
                Document doc = docs.get(k);
                List<PrintParts.Part> r = runs.get(k);
                int order = k;
                done.add(LayoutThreads.submit(() -> {
                    measureRun(order, doc, r, layout, mend, check);
                    return null;
                }));
            }
            LayoutThreads.join(done);
        } finally {
            parts.restore();
        }
    }

    private void measureRun(int order, Document doc, List<PrintParts.Part> run, RunLayout layout, boolean mend, FirstLayoutCheck check)
            throws IOException {
        ITextRenderer renderer = layout.layOut(doc);
        Checked checked = check == null ? Checked.UNCHANGED : check.check(order, doc, renderer);
        if (checked != Checked.UNCHANGED) {
            PdfBookWriter.release(renderer);
            renderer = layout.layOut(doc);
        }
        record(renderer, run, run);
        if (mend) {
            // A mend changes one part: the relayouts lay out only the parts that changed (the others hidden,
            // display: none, but kept in the document, so that PageEnds finds its elements by their index),
            // as PartLayouts does in a whole document. The run's first part always: a layout's first page
            // is not checked, and the book's first part is laid out at a document's start.
            String[] recorded = run.stream().map(PrintParts.Part::digest).toArray(String[]::new);
            ITextRenderer[] last = {renderer};
            renderer = PageEnds.settle(doc, renderer, () -> {
                PdfBookWriter.release(last[0]);
                last[0] = null;
                List<PrintParts.Part> changed = new ArrayList<>();
                for (int p = 0; p < run.size(); p++) {
                    String now = PrintParts.part(run.get(p).children()).digest();
                    if (p == 0 || !now.equals(recorded[p])) {
                        changed.add(run.get(p));
                        recorded[p] = now;
                    }
                }
                ITextRenderer r = layout.layOut(hiding(doc, run, changed), doc);
                record(r, run, changed);
                return last[0] = r;
            });
        }
        PdfBookWriter.release(renderer);
        if (kept != null && checked != Checked.WARNED) {
            kept.keep(run, byDigest);
        }
    }

    /** The run's DOM with the parts not shown hidden. */
    private static org.w3c.dom.Document hiding(Document doc, List<PrintParts.Part> run, List<PrintParts.Part> shown) {
        org.w3c.dom.Document dom = PrintDom.of(doc);
        List<org.w3c.dom.Element> children = new ArrayList<>();
        org.w3c.dom.Element body = (org.w3c.dom.Element) dom.getElementsByTagName("body").item(0);
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e) {
                children.add(e);
            }
        }
        int at = children.size() - run.stream().mapToInt(p -> p.children().size()).sum();
        for (PrintParts.Part p : run) {
            boolean show = shown.contains(p);
            for (int c = 0; c < p.children().size(); c++) {
                org.w3c.dom.Element child = children.get(at++);
                if (!show) {
                    String style = child.getAttribute("style");
                    child.setAttribute("style", "display: none" + (style.isEmpty() ? "" : "; " + style));
                }
            }
        }
        return dom;
    }

    /** Takes each part's pages and its measured elements' pages from a layout of a run's document. */
    void record(ITextRenderer renderer, List<PrintParts.Part> run) {
        record(renderer, run, run);
    }

    /** As {@link #record(ITextRenderer, List)}, from a layout that shows only these parts of the run. */
    private void record(ITextRenderer renderer, List<PrintParts.Part> run, List<PrintParts.Part> shown) {
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        int[] first = firstPages(renderer, run);
        List<Integer> laidOut = new ArrayList<>();
        for (int p = 0; p < run.size(); p++) {
            if (shown.contains(run.get(p))) {
                if (first[p] < 0) {
                    throw new IllegalStateException("part " + p + " of a run of the print document was not laid out");
                }
                laidOut.add(p);
            }
        }
        List<String> ids = new ArrayList<>();
        Map<String, Integer> partOf = new LinkedHashMap<>();
        for (int p : laidOut) {
            for (Element child : run.get(p).children()) {
                for (Element e : child.getAllElements()) {
                    if (!e.id().isEmpty() && measured.contains(e.id()) && !partOf.containsKey(e.id())) {
                        partOf.put(e.id(), p);
                        ids.add(e.id());
                    }
                }
            }
        }
        Map<String, Integer> pageOf = PdfBookWriter.physicalPages(renderer, ids);
        for (int i = 0; i < laidOut.size(); i++) {
            int p = laidOut.get(i);
            int count = (i + 1 < laidOut.size() ? first[laidOut.get(i + 1)] : pages.size()) - first[p];
            Map<String, Integer> offsets = new LinkedHashMap<>();
            for (String id : ids) {
                if (partOf.get(id) == p) {
                    offsets.put(id, pageOf.get(id) - 1 - first[p]);
                }
            }
            // The part's markup now (a mend changed it): what the next plan looks up.
            Measure m = new Measure(count, offsets);
            byDigest.put(PrintParts.part(run.get(p).children()).digest(), m);
            latest.put(run.get(p).children().get(0), m);
        }
    }

    /**
     * The page (0-based, in the run's layout) on which each part of the run begins; a part that does not
     * begin at the top of a page (a stylesheet that lets it run on) makes the measures unusable.
     */
    int[] firstPages(ITextRenderer renderer, List<PrintParts.Part> run) {
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        Map<org.w3c.dom.Element, Integer> partOfElement = new IdentityHashMap<>();
        org.w3c.dom.Element bodyElement = (org.w3c.dom.Element) renderer.getDocument().getElementsByTagName("body").item(0);
        List<org.w3c.dom.Element> children = new ArrayList<>();
        for (Node n = bodyElement.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof org.w3c.dom.Element e) {
                children.add(e);
            }
        }
        int runChildren = run.stream().mapToInt(p -> p.children().size()).sum();
        int at = children.size() - runChildren; // the preamble comes first
        for (int p = 0; p < run.size(); p++) {
            for (int c = 0; c < run.get(p).children().size(); c++) {
                partOfElement.put(children.get(at++), p);
            }
        }
        int[] first = new int[run.size()];
        java.util.Arrays.fill(first, -1);
        Box body = PartLayouts.bodyBox(renderer.getRootBox());
        for (int k = 0; body != null && k < body.getChildCount(); k++) {
            Box box = body.getChild(k);
            Integer p = partOfElement.get(box.getElement());
            if (p != null && first[p] < 0) {
                int page = PageEnds.page(pages, box.getAbsY());
                first[p] = page;
                if (p > 0 && box.getAbsY() != pages.get(page).getTop()) {
                    partwise = false;
                }
            }
        }
        return first;
    }

    /** The 1-based physical page of each measured element, from the parts' pages (or their estimates) added up; null if a part is not measured. */
    Map<String, Integer> physicalPages(PrintParts parts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        int start = 0;
        for (PrintParts.Part p : parts.parts()) {
            Measure m = estimate(p);
            if (m == null) {
                return null;
            }
            for (Map.Entry<String, Integer> e : m.offsets().entrySet()) {
                out.put(e.getKey(), start + e.getValue() + 1);
            }
            start += m.pages();
        }
        return out;
    }


    static void rethrow(ExecutionException e) throws IOException {
        Throwable cause = e.getCause();
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(cause);
    }
}
