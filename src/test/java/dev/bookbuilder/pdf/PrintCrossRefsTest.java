package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.config.PdfConfig;
import dev.bookbuilder.testing.TestBooks;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Cross-references on paper: no underline crossing the next line, and the page number of their target. */
class PrintCrossRefsTest {
    private static final Pattern PAGE_NOTE = Pattern.compile("[（，]第\\s*(\\d+|[ivxlc]+)\\s*页）?[，。、；：？！]*$");
    private static final Path PDF = TestBooks.printed(TestBooks.COURSE, "llm-interview-100");

    private static PdfConfig config() {
        return new PdfNavigationTest.Book(TestBooks.COURSE, "llm-interview-100").config();
    }

    @Test
    void noLinkHasADrawnUnderline() throws IOException {
        try (PdfPages pdf = new PdfPages(PDF, config())) {
            List<String> underlined = new ArrayList<>();
            int links = 0;
            for (int p = 1; p <= pdf.count(); p++) {
                PDPage page = pdf.doc.getPage(p - 1);
                List<PDRectangle> rects = page.getAnnotations().stream().filter(a -> a instanceof PDAnnotationLink)
                        .map(a -> a.getRectangle()).toList();
                if (rects.isEmpty()) {
                    continue;
                }
                links += rects.size();
                List<Rectangle2D> paths = DrawnPaths.of(page);
                for (PDRectangle r : rects) {
                    for (Rectangle2D d : paths) {
                        // A rule under a link: thin, horizontal, no wider than the link, at or up to a line below its foot.
                        boolean thin = d.getHeight() <= 1.5 && d.getWidth() >= 1;
                        boolean within = d.getMinX() >= r.getLowerLeftX() - 1 && d.getMaxX() <= r.getUpperRightX() + 1;
                        boolean below = d.getMaxY() <= r.getLowerLeftY() + r.getHeight() / 2 && d.getMinY() >= r.getLowerLeftY() - 14;
                        if (thin && within && below) {
                            underlined.add("page " + p + " at y=" + Math.round(d.getMinY()) + " under the link at x=" + Math.round(r.getLowerLeftX()));
                        }
                    }
                }
            }
            assertTrue(links > 100, "the course has cross-references: " + links);
            assertEquals(List.of(), underlined);
        }
    }

    @Test
    void everyCrossReferencePrintsThePageOfItsTarget() throws IOException {
        try (PdfPages pdf = new PdfPages(PDF, config())) {
            List<String> wrong = new ArrayList<>();
            int checked = 0;
            for (int p = 1; p <= pdf.count(); p++) {
                PDPage page = pdf.doc.getPage(p - 1);
                float height = page.getMediaBox().getHeight();
                for (var a : page.getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink link) || !(link.getAction() instanceof PDActionGoTo goTo)) {
                        continue;
                    }
                    String text = textIn(pdf.glyphs(p), a.getRectangle(), height);
                    Matcher m = PAGE_NOTE.matcher(text);
                    if (!m.find()) {
                        continue;
                    }
                    var dest = goTo.getDestination();
                    if (dest instanceof PDNamedDestination named) {
                        dest = pdf.doc.getDocumentCatalog().findNamedDestinationPage(named);
                    }
                    int target = ((PDPageDestination) dest).retrievePageNumber() + 1;
                    checked++;
                    if (!m.group(1).equals(pdf.folio(target))) {
                        wrong.add("page " + pdf.folio(p) + ": `" + text + "` leads to the page numbered " + pdf.folio(target));
                    }
                }
            }
            assertTrue(checked > 150, "cross-references with a page number: " + checked);
            assertEquals(List.of(), wrong);
        }
    }

    /** The text of the glyphs whose middle lies inside an annotation's rectangle. */
    static String textIn(List<TextPosition> glyphs, PDRectangle r, float pageHeight) {
        StringBuilder sb = new StringBuilder();
        List<TextPosition> inOrder = new ArrayList<>(glyphs);
        // Left to right: the renderer may draw a line's pieces out of order.
        inOrder.sort(java.util.Comparator.comparingInt((TextPosition t) -> Math.round(t.getYDirAdj() / 3)).thenComparingDouble(t -> t.getXDirAdj()));
        for (TextPosition t : inOrder) {
            float x = t.getXDirAdj() + t.getWidthDirAdj() / 2;
            float y = pageHeight - t.getYDirAdj() + t.getHeightDir() / 2;
            if (x >= r.getLowerLeftX() && x <= r.getUpperRightX() && y >= r.getLowerLeftY() && y <= r.getUpperRightY()) {
                sb.append(t.getUnicode());
            }
        }
        return sb.toString().replaceAll("[\\s\u2009\u00a0]+", " ").strip();
    }
}
