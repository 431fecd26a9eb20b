package dev.bookbuilder.pdf;

import dev.bookbuilder.cache.ContentCache;
import dev.bookbuilder.config.BookConfig;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.pdf.cff.PdfFontStreams;
import dev.bookbuilder.render.RenderedEdition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.openpdf.pdf.ITextFontResolver;
import org.openpdf.render.Box;
import org.openpdf.render.InlineLayoutBox;
import org.openpdf.render.PageBox;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.pdf.PDFCreationListener;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPageLabels;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.xml.xmp.XmpWriter;

/**
 * Lays out an edition's XHTML as one print document with OpenPDF's HTML renderer, styled by
 * styles/print.css. The output is reproducible: dates come from the build time, the file id
 * and font subset prefixes from the edition, not from the clock or a random source.
 */
public final class PdfBookWriter {
    /** Layout passes at most after the page ends are mended: they place page numbers until these stand still. */
    private static final int MAX_PASSES = 4;
    private final PdfFonts fonts;
    private final String printCss;

    private final GlyphWarnings glyphWarnings;
    private final ContentCache layouts;
    private final java.util.concurrent.atomic.AtomicInteger measuringLayouts = new java.util.concurrent.atomic.AtomicInteger();

    public PdfBookWriter(PdfFonts fonts, String printCss, Diagnostics diags) {
        this(fonts, printCss, diags, ContentCache.fromSystemProperty("layout", PartCache.VERSION));
    }

    /** The embedded font programs as repaired and packed, by the subset OpenPDF wrote; keyed by the fonts repaired from. */
    private final ContentCache fontPrograms;

    /** A writer that keeps the parts' layouts in {@code layouts} ({@link PartCache}). */
    PdfBookWriter(PdfFonts fonts, String printCss, Diagnostics diags, ContentCache layouts) {
        this.fonts = fonts;
        this.printCss = printCss;
        this.glyphWarnings = new GlyphWarnings(fonts, diags);
        this.layouts = layouts;
        this.fontPrograms = ContentCache.fromSystemProperty("font-programs",
                () -> "font-programs-1\n" + dev.bookbuilder.cache.CodeVersion.of(PdfBookWriter.class) + fonts.fingerprint());
    }

    /** How many layouts measuring the parts and dealing the index's columns took in the last {@link #write} (the cache's hits take none). */
    int measuringLayouts() {
        return measuringLayouts.get();
    }

    /** Writes the edition's PDF and tells where its printed pages begin. */
    public dev.bookbuilder.write.PrintedPages write(RenderedEdition rendered, Path sourceRoot, OutputStream out) throws IOException {
        BookConfig book = rendered.edition().book();
        PrintLayout layout = PrintLayout.of(book.pdf());
        org.jsoup.nodes.Document html = PrintDocument.build(rendered, layout, printCss, sourceRoot);

        // Pass 1 finds where pages fall; the next ones add the blank pages that make clusters open on
        // the right and write the page numbers into the contents, the index and the cross-references
        // (PagePlan). Blank pages only shift what follows them. Page numbers may differ in width from
        // their placeholders and move a line; then the pages are measured again, and the numbers rewritten.
        // Each figure parsed once for all the layout passes of this edition.
        VectorElements.Figures figures = new VectorElements.Figures(rendered.figureImages());
        List<String> openers = PrintDocument.openerIds(html);
        // The contents' own page is measured too: a front-matter page before it ends where it begins.
        List<String> targets = PrintDocument.tocTargets(html);
        List<String> measured = PagePlan.union(PagePlan.union(PagePlan.union(PagePlan.union(openers, targets), PrintIndex.targets(html)), PrintCrossRefs.targets(html)),
                html.getElementById("print-toc") == null ? List.of() : List.of("print-toc"));

        // Every part starts a page and breaks the same wherever it falls (PrintParts): the parts are laid out
        // apart, in parallel, their page ends mended, and only the parts whose markup changed laid out again.
        PartMeasures measures = new PartMeasures(measured);
        // Runs of parts unchanged since a build are put back as it mended them, with its measures: only the others are laid out.
        PartCache kept = PartCache.in(layouts, html, measured, fonts, sourceRoot);
        Plan plan = new Plan(html, openers, targets, measured, layout, sourceRoot, figures, kept);
        java.util.concurrent.atomic.AtomicInteger layoutsMade = new java.util.concurrent.atomic.AtomicInteger();
        measures.keepIn(kept);
        PartMeasures.RunLayout runLayout = new PartMeasures.RunLayout() {
            @Override
            public ITextRenderer layOut(org.jsoup.nodes.Document run) throws IOException {
                return layOut(PrintDom.of(run), run);
            }

            @Override
            public ITextRenderer layOut(org.w3c.dom.Document dom, org.jsoup.nodes.Document run) throws IOException {
                layoutsMade.incrementAndGet();
                return PdfBookWriter.layOut(newRenderer(dom, run, sourceRoot, figures, layout), run);
            }
        };
        // Characters the fonts chosen lack are found in the first layout of each run (its styles are computed
        // then), set in a fallback font, and the run laid out again: the renderer would drop them.
        Map<Integer, GlyphFallback.Result> fallbacks = new java.util.TreeMap<>();
        measures.measureMissing(PrintParts.of(html), runLayout, true, part -> true, (order, run, laidOut) -> {
            List<GlyphGaps.Gap> gaps = GlyphGaps.find(laidOut);
            if (gaps.isEmpty()) {
                return PartMeasures.Checked.UNCHANGED;
            }
            GlyphFallback.Result result = GlyphFallback.apply(run.body(), gaps, fonts.fallbacks());
            synchronized (fallbacks) {
                fallbacks.put(order, result);
            }
            return glyphWarnings.warns(result) ? PartMeasures.Checked.WARNED : PartMeasures.Checked.CHANGED;
        });
        measuringLayouts.set(layoutsMade.get());
        if (!fallbacks.isEmpty()) {
            glyphWarnings.report(GlyphFallback.Result.merge(fallbacks.values()), rendered);
        }
        if (measures.partwise()) {
            dev.bookbuilder.write.PrintedPages printed = byParts(rendered, html, plan, measures, runLayout, out);
            if (printed != null) {
                kept.commit();
                return printed;
            }
        }
        // A stylesheet that lets a part run on from the page before: the whole document is laid out as one.
        return whole(rendered, html, plan, out);
    }

    /** What planning the pages needs to know. */
    private record Plan(org.jsoup.nodes.Document html, List<String> openers, List<String> targets, List<String> measured, PrintLayout layout,
            Path sourceRoot, VectorElements.Figures figures, PartCache kept) {
        PagePlan pagePlan() {
            return new PagePlan(html, openers, targets, layout.duplex());
        }
    }

    /**
     * The blank pages and numbers planned from the parts' measures, the parts changed by them measured
     * again until the numbers stand still, and the document painted run by run; null if a run's layout
     * did not take the pages its parts were measured at (then the whole is laid out as one).
     */
    private dev.bookbuilder.write.PrintedPages byParts(RenderedEdition rendered, org.jsoup.nodes.Document html, Plan p, PartMeasures measures,
            PartMeasures.RunLayout runLayout, OutputStream out) throws IOException {
        PagePlan plan = p.pagePlan();
        boolean dealt = false;
        PartPainter.Painted painted = null;
        // The numbers are written, and the document painted from the parts' measures (a part whose numbers
        // changed by its last one): the painting's layouts measure the parts again, and when the plan
        // stands still with them, the painting shows what it measured. Else it is planned and painted again.
        for (int pass = 2; pass <= MAX_PASSES + 1; pass++) {
            boolean renumbered = plan.apply(measures.physicalPages(PrintParts.of(html)));
            boolean redealt = !dealt && dealIndex(html, p);
            dealt = true;
            if (painted != null && (!renumbered && !redealt || pass > MAX_PASSES)) {
                break; // numbers still moving after the last pass: the last painting stands, as a last layout did
            }
            if (pass > MAX_PASSES) {
                return null;
            }
            // The contents and the index: most of their markup is page numbers, their pages may change with them.
            measures.measureMissing(PrintParts.of(html), runLayout, false,
                    part -> part.children().get(0).hasClass("print-toc") || part.children().get(0).hasClass("print-index"));
            painted = paint(rendered, html, plan, measures, runLayout);
        }
        if (painted == null) {
            return null;
        }
        int bodyStart = plan.bodyStart();
        Folios folios = new Folios(bodyStart);
        Set<Integer> blankPages = new java.util.HashSet<>();
        plan.blanks().forEach(o -> blankPages.add(plan.placed().get(o) - 1));
        dev.bookbuilder.write.PrintedPages printed = PrintedPageMap.of(html, painted.blockPages(), painted.pages(), blankPages, folios);
        byte[] written = painted.pdf();
        painted = null;
        PdfFontStreams.rewrite(written, fonts::repairSubset, fontPrograms, out);
        return printed;
    }

    /**
     * The document painted run by run from the parts' measures; null if a run's layout took other pages
     * than its parts' measures said (their new measures are recorded: the next plan uses them).
     */
    private PartPainter.Painted paint(RenderedEdition rendered, org.jsoup.nodes.Document html, PagePlan plan, PartMeasures measures,
            PartMeasures.RunLayout runLayout) throws IOException {
        int bodyStart = plan.bodyStart();
        Folios folios = new Folios(bodyStart);
        PrintParts parts = PrintParts.of(html);
        List<List<PrintParts.Part>> runs = new java.util.ArrayList<>();
        List<Integer> starts = new java.util.ArrayList<>();
        List<Integer> counts = new java.util.ArrayList<>();
        int page = 1;
        int size = 0;
        List<PrintParts.Part> all = parts.parts();
        // The index, when it ends the book, is a run of its own laid out after the others were: its numbers are
        // written from where the painting's layouts put its targets (a locator whose line moved to another page
        // when the numbers in the text were written then costs no second painting).
        PrintParts.Part index = all.size() > 1 && all.get(all.size() - 1).children().get(0).hasClass("print-index") ? all.get(all.size() - 1) : null;
        for (PrintParts.Part part : all) {
            // A run begins on a right-hand page: its pages are then left and right as in the whole.
            if (runs.isEmpty() || page % 2 == 1 && (size >= PartMeasures.RUN_ELEMENTS || part == index)) {
                runs.add(new java.util.ArrayList<>());
                starts.add(page);
                counts.add(0);
                size = 0;
            }
            runs.get(runs.size() - 1).add(part);
            int pages = measures.estimate(part).pages();
            counts.set(counts.size() - 1, counts.get(counts.size() - 1) + pages);
            page += pages;
            size += part.size();
        }
        Metadata metadata = new Metadata(rendered, seed(rendered), bodyStart);
        org.jsoup.nodes.Element bookmarks = html.head().selectFirst("bookmarks");
        boolean indexAlone = index != null && runs.get(runs.size() - 1).equals(List.of(index));
        PartPainter.Renumber renumber = !indexAlone ? null
                : last -> plan.applyToIndex(measures.physicalPages(parts), last);
        List<org.jsoup.nodes.Document> docs = parts.takeOut(runs, true);
        try {
            // Editions lay out in parallel, but write one at a time: the font objects are shared, and
            // each document seeds their subset prefixes just before they are written.
            synchronized (fonts) {
                return new PartPainter(docs, runs, starts.stream().mapToInt(Integer::intValue).toArray(), counts.stream().mapToInt(Integer::intValue).toArray(),
                        folios, bookmarks, runLayout, metadata, measures, renumber).paint();
            }
        } catch (PartPainter.Mismatch e) {
            return null;
        } finally {
            parts.restore();
        }
    }

    /**
     * The index's columns dealt by its entries' heights measured with their numbers in a layout of the
     * index alone (the same layout of the whole then places numbers and columns); whether they changed.
     */
    private boolean dealIndex(org.jsoup.nodes.Document html, Plan p) throws IOException {
        org.jsoup.nodes.Document index = IndexColumns.alone(html);
        if (index == null) {
            return false;
        }
        return p.kept().dealt(html.selectFirst(".print-index"), () -> {
            measuringLayouts.incrementAndGet();
            ITextRenderer alone = layOut(newRenderer(index, p.sourceRoot(), p.figures(), p.layout()), index);
            boolean redealt = IndexColumns.rebalance(html, alone);
            release(alone);
            return redealt;
        });
    }

    /** The print document laid out as one (pass 1, its page ends mended, the numbers), and painted. */
    private dev.bookbuilder.write.PrintedPages whole(RenderedEdition rendered, org.jsoup.nodes.Document html, Plan p, OutputStream out)
            throws IOException {
        Path sourceRoot = p.sourceRoot();
        VectorElements.Figures figures = p.figures();
        PrintLayout layout = p.layout();
        List<String> measured = p.measured();
        ITextRenderer pass1 = layOut(newRenderer(html, sourceRoot, figures, layout), html);
        // A page-end mend changes one part of the document: the relayouts that mend lay out only the
        // parts that changed (PartLayouts), and the pages of the whole are added up from the parts.
        PartLayouts parts = new PartLayouts(html, measured);
        parts.record(pass1, parts.all());
        ITextRenderer[] last = {pass1};
        PageEnds.Layout relayout = () -> {
            // A laid-out document is the largest thing a build holds: one at a time (PageEnds still
            // holds the one it mended, so its boxes are let go here).
            release(last[0]);
            last[0] = null;
            java.util.BitSet changed = parts.changed();
            ITextRenderer renderer = layOut(newRenderer(parts.dom(changed), html, sourceRoot, figures, layout), html);
            parts.record(renderer, changed);
            return last[0] = renderer;
        };
        ITextRenderer settled = PageEnds.settle(html, pass1, relayout);
        // Without a mend the first layout is of the whole document, and measures it.
        ITextRenderer renderer = settled == pass1 ? pass1 : null;
        Map<String, Integer> measuredPages = parts.physicalPages();
        if (renderer == null) {
            release(settled);
        }
        pass1 = null;
        last[0] = null;
        settled = null;
        PagePlan plan = p.pagePlan();
        boolean dealt = false;
        for (int pass = 2; pass <= MAX_PASSES; pass++) {
            boolean renumbered = plan.apply(renderer == null ? measuredPages : physicalPages(renderer, measured));
            boolean redealt = !dealt && dealIndex(html, p);
            dealt = true;
            if (!renumbered && !redealt) {
                break;
            }
            if (renderer != null) {
                release(renderer); // the previous layout let go before the next is made
            }
            renderer = null;
            renderer = layOut(newRenderer(html, sourceRoot, figures, layout), html);
        }
        int bodyStart = plan.bodyStart();
        renderer.setListener(new Metadata(rendered, seed(rendered), bodyStart));
        // Editions lay out in parallel, but write one at a time: the font objects are shared, and
        // each document seeds their subset prefixes just before they are written.
        Set<Integer> blankPages = new java.util.HashSet<>();
        plan.blanks().forEach(o -> blankPages.add(plan.placed().get(o) - 1));
        dev.bookbuilder.write.PrintedPages printed = PrintedPageMap.of(html, renderer, blankPages, new Folios(bodyStart));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        synchronized (fonts) {
            renderer.createPDF(pdf);
        }
        // The layout let go before the fonts are rewritten: at 16 times the course's size the two did not fit 1.9 GB.
        release(renderer);
        renderer = null;
        byte[] written = pdf.toByteArray();
        pdf = null;
        PdfFontStreams.rewrite(written, fonts::repairSubset, fontPrograms, out);
        return printed;
    }

    /** Lets a layout's boxes go (a renderer no longer measured or painted): most of the memory a build holds. */
    static void release(ITextRenderer renderer) {
        if (renderer.getRootBox() != null) {
            renderer.getRootBox().removeAllChildren();
        }
        renderer.getSharedContext().reset(); // the id and style maps
    }

    /** A renderer with the document set, not laid out yet. */
    private ITextRenderer newRenderer(org.jsoup.nodes.Document html, Path sourceRoot, VectorElements.Figures figures, PrintLayout layout)
            throws IOException {
        return newRenderer(PrintDom.of(html), html, sourceRoot, figures, layout);
    }

    /** A renderer with this DOM of the print document set, not laid out yet. */
    private ITextRenderer newRenderer(org.w3c.dom.Document dom, org.jsoup.nodes.Document html, Path sourceRoot, VectorElements.Figures figures,
            PrintLayout layout) throws IOException {
        ITextRenderer renderer = dev.bookbuilder.assets.BookUserAgent.renderer(fonts.newResolver(), sourceRoot,
                new PrintOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT)); // book files only, never the network
        fonts.registerWith(renderer.getFontResolver());
        renderer.getSharedContext().setLineBreakingStrategy(Hyphenation.around(new CjkLineBreaking(), html.selectFirst("html").attr("lang")));
        renderer.getSharedContext().setReplacedElementFactory(new RunStart(new VectorElements(renderer.getSharedContext().getReplacedElementFactory(),
                figures, layout.figureMaxHeightPt())));
        renderer.setDocument(dom, sourceRoot.toUri().toString());
        return renderer;
    }

    private static ITextRenderer layOut(ITextRenderer renderer, org.jsoup.nodes.Document html) {
        renderer.layout();
        RunStart.rightHandFirstPage(renderer);
        PageBreakLines.keepOnTheirPages(renderer);
        if (html.body().hasClass("script-cjk")) { // Latin text justifies by its word spaces, as the renderer does
            InterCharacterJustification.apply(renderer);
        }
        return renderer;
    }

    /** The 1-based physical page on which each element starts. */
    static Map<String, Integer> physicalPages(ITextRenderer renderer, Collection<String> ids) {
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        Map<String, Box> boxes = renderer.getSharedContext().getIdMap();
        Map<String, Integer> out = new LinkedHashMap<>();
        Map<String, Box> lost = null; // ids the id map lost on a relayout (LaidOutBoxes), found once in the box tree
        for (String id : ids) {
            Box box = boxes.get(id);
            if (box == null) {
                if (lost == null) {
                    Set<String> missing = new LinkedHashSet<>(ids);
                    missing.removeAll(boxes.keySet());
                    lost = LaidOutBoxes.find(renderer.getRootBox(), missing);
                }
                box = lost.get(id);
            }
            if (box == null) {
                throw new IllegalStateException("the print document has no element #" + id);
            }
            int y = box.getAbsY();
            if (box instanceof InlineLayoutBox inline && inline.getLineBox() != null) {
                // For text, the page its line is drawn on: a line across a page break is drawn on the
                // next page, which holds the line's bottom. A span whose words all wrapped to the next
                // line leaves an empty piece on this one: then the next line is where it stands.
                Box line = inline.getLineBox();
                List<Box> lines = line.getParent() == null ? List.of() : line.getParent().getChildren();
                int at = lines.indexOf(line);
                if (!inline.isContainsVisibleContent() && at >= 0 && at + 1 < lines.size()) {
                    line = lines.get(at + 1);
                }
                y = line.getAbsY() + Math.max(0, line.getHeight() - 1);
            }
            int page = 0;
            while (page < pages.size() - 1 && pages.get(page).getBottom() <= y) {
                page++;
            }
            out.put(id, page + 1);
        }
        return out;
    }

    private static byte[] seed(RenderedEdition rendered) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((rendered.edition().identifier() + "@"
                    + rendered.buildTime().getEpochSecond()).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the document information, XMP, language, outline view and reproducible ids. */
    private static final class Metadata implements PDFCreationListener {
        private final RenderedEdition rendered;
        private final byte[] seed;
        private final int bodyStart;

        Metadata(RenderedEdition rendered, byte[] seed, int bodyStart) {
            this.rendered = rendered;
            this.seed = seed;
            this.bodyStart = bodyStart;
        }

        @Override
        public void preOpen(ITextRenderer renderer) {
            PdfWriter writer = renderer.getWriter();
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(rendered.edition().book().language()));
            // The viewer's page box shows the printed folios: i, ii, ... from the title page, 1, 2, ... from the body.
            PdfPageLabels labels = new PdfPageLabels();
            labels.addPageLabel(1, PdfPageLabels.LOWERCASE_ROMAN_NUMERALS, null, 1);
            if (bodyStart > 1) {
                labels.addPageLabel(bodyStart, PdfPageLabels.DECIMAL_ARABIC_NUMERALS, null, 1);
            }
            writer.setPageLabels(labels);
        }

        @Override
        public void preWrite(ITextRenderer renderer, int pageCount) {
        }

        @Override
        public void onClose(ITextRenderer renderer) {
            PdfWriter writer = renderer.getWriter();
            PdfDictionary info = writer.getInfo();
            PdfDate date = new PdfDate(calendar(rendered.buildTime()));
            info.put(PdfName.CREATIONDATE, date);
            info.put(PdfName.MODDATE, date);
            info.put(PdfName.PRODUCER, new PdfString("bookbuilder with OpenPDF"));
            info.put(PdfName.CREATOR, new PdfString("bookbuilder"));
            byte[] id = new byte[16];
            System.arraycopy(seed, 0, id, 0, 16);
            info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
            try {
                ByteArrayOutputStream xmp = new ByteArrayOutputStream();
                XmpWriter w = new XmpWriter(xmp, info, 0);
                w.close();
                writer.setXmpMetadata(xmp.toByteArray());
            } catch (IOException e) {
                throw new IllegalStateException("writing XMP metadata", e);
            }
            deterministicSubsetPrefixes(renderer.getFontResolver());
        }

        /** Subset prefixes ("ABCDEF+") come from a PRNG seeded by the edition, so two builds agree. */
        private void deterministicSubsetPrefixes(ITextFontResolver resolver) {
            resolver.getFonts().values().stream()
                    .flatMap(family -> family.getFontDescriptions().stream())
                    .map(d -> d.getFont())
                    .distinct()
                    .forEach((BaseFont f) -> f.setSecureRandom(randomFor(f.getPostscriptFontName())));
        }

        private SecureRandom randomFor(String fontName) {
            try {
                SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
                random.setSeed(seed);
                random.setSeed(fontName.getBytes(StandardCharsets.UTF_8));
                return random;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Calendar calendar(Instant time) {
            GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            c.setTimeInMillis(time.toEpochMilli());
            return c;
        }
    }
}
