package dev.bookbuilder.pdf;

import dev.bookbuilder.config.PdfConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A built PDF read back with PDFBox, page by page, split into the regions the layout defines:
 * the text block, and the outer bands of the margins where running heads and folios stand.
 *
 * <p>The renderer also paints, clipped away, the lines just across a page break; PDFBox's text
 * extraction does not apply clipping, so text is taken by region, never from the whole page.
 */
final class PdfPages implements AutoCloseable {
    static final double MM = 72 / 25.4;
    private static final java.util.regex.Pattern FOLIO = java.util.regex.Pattern.compile("\\d+|[ivxlcdm]+");

    final PDDocument doc;
    private final PrintLayout layout;
    private final Map<Integer, List<TextPosition>> cache = new java.util.HashMap<>();
    /** Per page, the vector forms drawn on it (formulas, figures): x, top, bottom in top-down points. */
    private final Map<Integer, List<float[]>> forms = new java.util.HashMap<>();

    PdfPages(Path pdf, PdfConfig config) {
        try {
            this.doc = Loader.loadPDF(pdf.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.layout = PrintLayout.of(config);
    }

    int count() {
        return doc.getNumberOfPages();
    }

    /** Every glyph drawn on a page (1-based), visible or clipped. */
    List<TextPosition> glyphs(int page) {
        return cache.computeIfAbsent(page, p -> {
            List<TextPosition> out = new ArrayList<>();
            List<float[]> drawn = new ArrayList<>();
            forms.put(p, drawn);
            float pageHeight = doc.getPage(p - 1).getMediaBox().getHeight();
            try {
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition t) {
                        out.add(t);
                    }

                    @Override
                    public void showForm(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) throws IOException {
                        var m = getGraphicsState().getCurrentTransformationMatrix();
                        var box = form.getBBox();
                        float bottom = pageHeight - m.getTranslateY();
                        drawn.add(new float[] {m.getTranslateX(), bottom - box.getHeight() * m.getScalingFactorY(), bottom});
                        super.showForm(form);
                    }
                };
                s.setStartPage(p);
                s.setEndPage(p);
                s.getText(doc);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        });
    }

    /** Whether a formula or figure is drawn level with this row of glyphs (the row's width then ends in it). */
    boolean hasFormOnRow(int page, List<TextPosition> row) {
        glyphs(page);
        float baseline = row.get(0).getYDirAdj();
        return forms.getOrDefault(page, List.of()).stream().anyMatch(f -> f[1] - 2 <= baseline && baseline <= f[2] + 4);
    }

    /** The top of the text block, in top-down points. */
    double textBlockTop() {
        return layout.topMm() * MM;
    }

    /** The bottom of the text block on a page, in top-down points. */
    double textBlockBottom(int page) {
        return doc.getPage(page - 1).getMediaBox().getHeight() - layout.bottomMm() * MM;
    }

    /** The lines of the text block, top to bottom. */
    List<String> body(int page) {
        double top = layout.topMm() * MM;
        double bottom = doc.getPage(page - 1).getMediaBox().getHeight() - layout.bottomMm() * MM;
        return lines(page, t -> t.getYDirAdj() > top && t.getYDirAdj() - t.getHeightDir() < bottom, 2.0);
    }

    /** The text block read as two columns: the left column's lines, then the right's. */
    List<String> bodyColumns(int page) {
        double top = layout.topMm() * MM;
        double bottom = doc.getPage(page - 1).getMediaBox().getHeight() - layout.bottomMm() * MM;
        double[] x = textBlockX(page);
        double mid = (x[0] + x[1]) / 2;
        List<String> out = new ArrayList<>(lines(page, t -> t.getYDirAdj() > top && t.getYDirAdj() - t.getHeightDir() < bottom
                && t.getXDirAdj() < mid, 2.0));
        out.addAll(lines(page, t -> t.getYDirAdj() > top && t.getYDirAdj() - t.getHeightDir() < bottom && t.getXDirAdj() >= mid, 2.0));
        return out;
    }

    /** The page number printed in the bottom margin, or null. */
    String folio(int page) {
        double band = doc.getPage(page - 1).getMediaBox().getHeight() - layout.bottomMm() * MM * 0.6;
        List<String> l = lines(page, t -> t.getYDirAdj() > band, 0.5).stream().filter(x -> FOLIO.matcher(x).matches()).toList();
        return l.isEmpty() ? null : l.get(l.size() - 1);
    }

    /** The running head in the top margin, or "". */
    String runningHead(int page) {
        double band = layout.topMm() * MM * 0.65;
        return String.join(" ", lines(page, t -> t.getYDirAdj() < band, 0.5));
    }

    /** Left and right edges of the text block on a page, in points: duplex mirrors them. */
    double[] textBlockX(int page) {
        double w = doc.getPage(page - 1).getMediaBox().getWidth();
        boolean right = page % 2 == 1;
        double left = (layout.duplex() && !right ? layout.outerMm() : layout.innerMm()) * MM;
        double rightMargin = (layout.duplex() && !right ? layout.innerMm() : layout.outerMm()) * MM;
        return new double[] {left, w - rightMargin};
    }

    /**
     * Glyphs that pass the filter, grouped into lines by baseline (glyphs within {@code rowPt} of a
     * line's baseline belong to it: fonts in one line sit a fraction of a point apart), each line
     * left to right.
     */
    private List<String> lines(int page, Predicate<TextPosition> keep, double rowPt) {
        List<TextPosition> kept = new ArrayList<>(glyphs(page).stream().filter(keep).toList());
        kept.sort((a, b) -> Float.compare(a.getYDirAdj(), b.getYDirAdj()));
        List<List<TextPosition>> rows = new ArrayList<>();
        float rowY = Float.NaN;
        for (TextPosition t : kept) {
            if (rows.isEmpty() || t.getYDirAdj() - rowY > rowPt) {
                rows.add(new ArrayList<>());
                rowY = t.getYDirAdj();
            }
            rows.get(rows.size() - 1).add(t);
        }
        List<String> out = new ArrayList<>();
        for (List<TextPosition> row : rows) {
            row.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()));
            StringBuilder sb = new StringBuilder();
            // A formula or figure drawn before the line's first glyph stands at its start: "▣".
            float baseline = row.get(0).getYDirAdj();
            float firstX = row.get(0).getXDirAdj();
            if (forms.getOrDefault(page, List.of()).stream().anyMatch(f -> f[1] - 2 <= baseline && baseline <= f[2] + 4 && f[0] < firstX)) {
                sb.append('\u25A3');
            }
            float end = Float.NaN;
            for (TextPosition t : row) {
                if (!Float.isNaN(end) && t.getXDirAdj() - end > t.getWidthOfSpace() * 0.5f) {
                    sb.append(' ');
                }
                sb.append(t.getUnicode());
                end = t.getXDirAdj() + t.getWidthDirAdj();
            }
            String line = sb.toString().strip();
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }

    /** Link annotations that lead nowhere: internal ones must land on a page of this document. */
    List<String> brokenLinks() throws IOException {
        List<String> broken = new ArrayList<>();
        int pageNo = 0;
        for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
            pageNo++;
            for (var a : page.getAnnotations()) {
                if (!(a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link)) {
                    continue;
                }
                if (link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                    if (!uri.getURI().matches("(https?|mailto):.+")) {
                        broken.add("page " + pageNo + ": external link " + uri.getURI());
                    }
                    continue;
                }
                var dest = link.getDestination();
                if (dest == null && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo goTo) {
                    dest = goTo.getDestination();
                }
                if (dest instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination named) {
                    dest = doc.getDocumentCatalog().findNamedDestinationPage(named);
                }
                if (!(dest instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination pd)) {
                    broken.add("page " + pageNo + ": a link without a destination");
                    continue;
                }
                int target = pd.retrievePageNumber();
                if (target < 0 || target >= count()) {
                    broken.add("page " + pageNo + ": link to a page outside the document");
                }
            }
        }
        return broken;
    }

    /** Outline (bookmark) titles, depth first, children indented by two spaces. */
    List<String> outline() {
        List<String> out = new ArrayList<>();
        outline(doc.getDocumentCatalog().getDocumentOutline(), "", out);
        return out;
    }

    private static void outline(org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode node, String indent,
            List<String> out) {
        if (node == null) {
            return;
        }
        for (var item : node.children()) {
            out.add(indent + item.getTitle());
            outline(item, indent + "  ", out);
        }
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
