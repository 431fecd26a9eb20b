package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * Footnotes in print: numbered notes at the end of their question (the renderer cannot set notes at a page
 * foot), the marker linked to its note and the note's number back to the marker; the marker raises its
 * number only, never the punctuation after it.
 */
class PrintFootnotesTest {

    @Test
    void theMarkerLeadsToItsNoteAndTheNoteBackAndOnlyTheNumberIsRaised() throws IOException {
        var book = PdfNavigationTest.book("tiny");
        try (PdfPages pdf = new PdfPages(book.pdf(), book.config())) {
            int markerPage = pageWith(pdf, "脚注在此");
            int notePage = pageWith(pdf, "脚注的内容");
            assertTrue(markerPage > 0 && notePage >= markerPage, markerPage + " → " + notePage);

            List<TextPosition> row = rowWith(pdf, markerPage, "脚注在此");
            int at = PrintTypesettingTest.text(row).indexOf("此");
            TextPosition ci = row.get(at);
            TextPosition marker = row.get(at + 1);
            TextPosition stop = row.get(at + 2);
            assertEquals("1", marker.getUnicode());
            assertEquals("。", stop.getUnicode());
            assertTrue(marker.getFontSizeInPt() < ci.getFontSizeInPt() * 0.8, "the marker is set small");
            assertEquals(ci.getFontSizeInPt(), stop.getFontSizeInPt(), 0.01, "the full stop after the marker keeps the text size");
            assertEquals(ci.getYDirAdj(), stop.getYDirAdj(), 0.5, "the full stop after the marker stands on the baseline");

            assertEquals(notePage, linkTarget(pdf, markerPage, marker), "the marker leads to its note");
            TextPosition number = rowWith(pdf, notePage, "脚注的内容").get(0);
            assertEquals("1", number.getUnicode());
            assertEquals(markerPage, linkTarget(pdf, notePage, number), "the note's number leads back to the marker");
        }
    }

    private static int pageWith(PdfPages pdf, String text) {
        for (int p = 1; p <= pdf.count(); p++) {
            if (String.join("", pdf.body(p)).replace(" ", "").contains(text)) {
                return p;
            }
        }
        return -1;
    }

    private static List<TextPosition> rowWith(PdfPages pdf, int page, String text) {
        // The marker sits above the baseline: rows are taken 8 pt apart, not by exact baseline.
        List<TextPosition> glyphs = new ArrayList<>(pdf.glyphs(page));
        for (TextPosition anchor : glyphs) {
            List<TextPosition> row = new ArrayList<>(glyphs.stream().filter(t -> Math.abs(t.getYDirAdj() - anchor.getYDirAdj()) < 8).toList());
            row.sort(java.util.Comparator.comparingDouble(TextPosition::getXDirAdj));
            if (PrintTypesettingTest.text(row).contains(text)) {
                return row;
            }
        }
        throw new AssertionError("no line with " + text + " on page " + page);
    }

    /** The page a link over the glyph leads to. */
    private static int linkTarget(PdfPages pdf, int page, TextPosition glyph) throws IOException {
        float height = pdf.doc.getPage(page - 1).getMediaBox().getHeight();
        float x = glyph.getXDirAdj() + glyph.getWidthDirAdj() / 2;
        float y = height - glyph.getYDirAdj() + glyph.getHeightDir() / 2;
        for (var a : pdf.doc.getPage(page - 1).getAnnotations()) {
            var r = a.getRectangle();
            if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo goTo
                    && x >= r.getLowerLeftX() && x <= r.getUpperRightX() && y >= r.getLowerLeftY() - 2 && y <= r.getUpperRightY() + 2) {
                var dest = goTo.getDestination();
                if (dest instanceof PDNamedDestination named) {
                    dest = pdf.doc.getDocumentCatalog().findNamedDestinationPage(named);
                }
                assertNotNull(dest);
                return ((PDPageDestination) dest).retrievePageNumber() + 1;
            }
        }
        return -1;
    }
}
