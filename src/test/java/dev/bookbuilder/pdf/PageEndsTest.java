package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.testing.TestBooks;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The complete edition's pages end as a publisher's do: no page holds only a stray line or two (the tail of a
 * callout, a list or a paragraph), no frame of a code block or callout stands empty at a page foot, and adjacent
 * full-width punctuation is compressed (clreq): two marks never leave a full em of white between them.
 */
class PageEndsTest {
    private static PdfPages pdf;

    @BeforeAll
    static void open() {
        var book = PdfNavigationTest.book("course");
        pdf = new PdfPages(TestBooks.printed(TestBooks.COURSE, "llm-interview-100"), book.config());
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    /** The rows of glyphs drawn in a page's text block, top to bottom. */
    static List<List<TextPosition>> textRows(PdfPages pdf, int page) {
        double top = pdf.textBlockTop();
        double bottom = pdf.textBlockBottom(page);
        List<List<TextPosition>> out = new ArrayList<>();
        for (List<TextPosition> row : PrintTypesettingTest.rows(pdf, page).values()) {
            TextPosition t = row.get(0);
            if (t.getYDirAdj() > top && t.getYDirAdj() - t.getHeightDir() < bottom && !PrintTypesettingTest.text(row).isBlank()) {
                out.add(row);
            }
        }
        return out;
    }

    @Test
    void noPageHoldsFewerThanThreeLinesUnlessItOpensOrEndsAPart() {
        List<String> short_ = new ArrayList<>();
        for (int p = 1; p < pdf.count(); p++) {
            int lines = textRows(pdf, p).size();
            boolean opening = pdf.runningHead(p).isEmpty(); // cover, title, cluster openers: no running head
            boolean endsPart = textRows(pdf, p + 1).isEmpty() || pdf.runningHead(p + 1).isEmpty(); // a blank page or an opener follows
            if (lines > 0 && lines < 3 && !opening && !endsPart) {
                short_.add("page " + p + " (" + pdf.folio(p) + "): " + textRows(pdf, p).stream().map(PrintTypesettingTest::text).toList());
            }
        }
        assertEquals(List.of(), short_);
    }

    @Test
    void noCalloutTitleStandsAloneAtAPageFoot() {
        // The renderer reported the paragraph inside a callout as one to keep whole; moving that paragraph to a
        // new page left the callout's title alone at the foot of the page before (printed pp. 42 and 226).
        List<String> alone = new ArrayList<>();
        int titles = 0;
        for (int p = 1; p <= pdf.count(); p++) {
            List<List<TextPosition>> rows = textRows(pdf, p);
            for (int i = 0; i < rows.size(); i++) {
                if (PrintTypesettingTest.text(rows.get(i)).equals("面试这样答")) {
                    titles++;
                    if (i == rows.size() - 1) {
                        alone.add("page " + p + " (" + pdf.folio(p) + ")");
                    }
                }
            }
        }
        assertTrue(titles >= 60, "callout titles found: " + titles);
        assertEquals(List.of(), alone);
    }

    @Test
    void aCalloutMovedToANewPageWouldNotHaveFitTheHoleItLeft() throws IOException {
        // A callout moved to a new page in an early round stayed there after later mends had freed room for it: half a
        // page stood empty before "面试这样答" alone on the next page (printed pp. 183 and 193).
        List<String> needless = new ArrayList<>();
        int moved = 0;
        for (int p = 1; p < pdf.count(); p++) {
            List<List<TextPosition>> rows = textRows(pdf, p);
            List<List<TextPosition>> next = textRows(pdf, p + 1);
            if (rows.isEmpty() || next.isEmpty() || !PrintTypesettingTest.text(next.get(0)).equals("面试这样答")) {
                continue;
            }
            moved++;
            double pageHeight = pdf.doc.getPage(p).getMediaBox().getHeight();
            double frameTop = pdf.textBlockTop();
            double frameBottom = frameTop;
            for (Rectangle2D r : DrawnPaths.of(pdf.doc.getPage(p))) {
                if (pageHeight - r.getMaxY() < frameTop + 20 && r.getHeight() > 20) {
                    frameBottom = Math.max(frameBottom, Math.min(pageHeight - r.getMinY(), pdf.textBlockBottom(p + 1)));
                }
            }
            double hole = pdf.textBlockBottom(p) - rows.get(rows.size() - 1).get(0).getYDirAdj();
            if (hole > frameBottom - frameTop + 80) {
                needless.add(String.format("page %d (%s): %.0f pt empty before a callout %.0f pt tall", p, pdf.folio(p), hole, frameBottom - frameTop));
            }
        }
        assertTrue(moved >= 3, "callouts opening a page: " + moved);
        assertEquals(List.of(), needless);
    }

    @Test
    void aLongCalloutSplitsAcrossPagesRatherThanLeaveAHole() {
        // Interview callouts were kept whole: 11 pages ended 8 to 18 lines early before one. Now a callout splits, as a
        // long box does in any book, with its title and at least two lines on the first page (PageEnds); 4 stay whole.
        List<String> holes = new ArrayList<>();
        int split = 0;
        for (int p = 1; p < pdf.count(); p++) {
            List<List<TextPosition>> rows = textRows(pdf, p);
            List<List<TextPosition>> next = textRows(pdf, p + 1);
            if (rows.isEmpty() || next.isEmpty()) {
                continue;
            }
            for (int i = 0; i < rows.size(); i++) {
                if (PrintTypesettingTest.text(rows.get(i)).equals("面试这样答") && rows.size() - i > 1 && rows.size() - i < 12
                        && pdf.textBlockBottom(p) - rows.get(rows.size() - 1).get(0).getYDirAdj() < 2 * 10.5 * 1.7) {
                    split++; // a callout beginning in the last lines of a full page goes on overleaf
                }
            }
            double hole = pdf.textBlockBottom(p) - rows.get(rows.size() - 1).get(0).getYDirAdj();
            if (PrintTypesettingTest.text(next.get(0)).equals("面试这样答") && hole > 8 * 10.5 * 1.7) {
                holes.add("page " + p + " (" + pdf.folio(p) + "): " + Math.round(hole / (10.5 * 1.7)) + " empty lines");
            }
        }
        assertTrue(split >= 3, "callouts split across pages: " + split);
        // A callout with only its last line or two overleaf carries more of its end with them (PageEnds: TAIL) rather
        // than moving whole: 5 holes, now 1 (8 lines).
        assertTrue(holes.size() <= 1, holes.size() + " holes before callouts: " + holes);
    }

    @Test
    void figuresFloatPastTextRatherThanLeaveAHole() {
        // A figure too tall for the rest of a page went to the next one and left 6 to 24 empty lines before 28
        // figures; the text after a figure now fills the hole first, past headings too (as a float goes to the top of
        // the next page), and 17 holes went. One stays: 8 lines before a figure that ends its section.
        List<String> holes = new ArrayList<>();
        for (int p = 1; p < pdf.count(); p++) {
            List<List<TextPosition>> rows = textRows(pdf, p);
            List<List<TextPosition>> next = textRows(pdf, p + 1);
            if (rows.isEmpty() || next.isEmpty() || pdf.runningHead(p + 1).isEmpty()) {
                continue;
            }
            double hole = pdf.textBlockBottom(p) - rows.get(rows.size() - 1).get(0).getYDirAdj();
            boolean figureFirst = PrintTypesettingTest.text(next.get(0)).startsWith("图 ")
                    && next.get(0).get(0).getYDirAdj() - pdf.textBlockTop() > 100;
            if (figureFirst && hole > 6 * 10.5 * 1.7) {
                holes.add("page " + p + " (" + pdf.folio(p) + "): " + Math.round(hole / (10.5 * 1.7)) + " empty lines");
            }
        }
        assertTrue(holes.size() <= 2, holes.size() + " holes before figures: " + holes);
    }

    @Test
    void aLongListingSplitsRatherThanLeaveAHole() {
        // Code blocks are kept whole; a long one that would not fit the rest of a page went overleaf and left 14 to 17
        // empty lines before it (printed pp. 168 and 291). It now splits, with three lines or more overleaf.
        List<String> holes = new ArrayList<>();
        int listings = 0;
        for (int p = 1; p < pdf.count(); p++) {
            List<List<TextPosition>> rows = textRows(pdf, p);
            List<List<TextPosition>> next = textRows(pdf, p + 1);
            if (rows.isEmpty() || next.isEmpty() || pdf.runningHead(p + 1).isEmpty()) {
                continue;
            }
            String font = next.get(0).get(0).getFont().getName();
            if (font == null || !font.contains("Mono")) {
                continue;
            }
            listings++;
            double hole = pdf.textBlockBottom(p) - rows.get(rows.size() - 1).get(0).getYDirAdj();
            if (hole > 8 * 10.5 * 1.7) {
                holes.add("page " + p + " (" + pdf.folio(p) + "): " + Math.round(hole / (10.5 * 1.7)) + " empty lines");
            }
        }
        assertTrue(listings >= 5, "pages opening with code: " + listings);
        assertEquals(List.of(), holes);
    }

    @Test
    void aFrameGoingOnOverleafEndsBelowItsLastLineOnThePage() throws IOException {
        // A callout or listing split across pages was painted down to the foot of the text block, though the renderer
        // had carried its last lines over (widows, a list item kept whole): up to three empty lines stood in the frame.
        List<String> empty = new ArrayList<>();
        int split = 0;
        for (int p = 1; p < pdf.count(); p++) {
            double pageHeight = pdf.doc.getPage(p - 1).getMediaBox().getHeight();
            double bottom = pdf.textBlockBottom(p);
            List<List<TextPosition>> rows = textRows(pdf, p);
            List<List<TextPosition>> next = textRows(pdf, p + 1);
            List<Rectangle2D> overleaf = DrawnPaths.of(pdf.doc.getPage(p));
            for (Rectangle2D r : DrawnPaths.visible(pdf.doc.getPage(p - 1))) {
                double frameTop = pageHeight - r.getMaxY();
                double frameBottom = Math.min(pageHeight - r.getMinY(), bottom);
                if (r.getWidth() < 100 || frameBottom - frameTop < 30) {
                    continue;
                }
                // Its lowest line on this page, and whether the frame goes on at the top of the next page.
                double last = rows.stream().map(row -> row.get(0)).filter(t -> t.getYDirAdj() > frameTop && t.getYDirAdj() < frameBottom
                        && t.getXDirAdj() >= r.getMinX() - 1 && t.getXDirAdj() <= r.getMaxX()).mapToDouble(TextPosition::getYDirAdj).max().orElse(-1);
                double nextHeight = pdf.doc.getPage(p).getMediaBox().getHeight();
                boolean goesOn = !next.isEmpty() && overleaf.stream().anyMatch(n -> Math.abs(n.getWidth() - r.getWidth()) < 1 // (left and right pages differ in margins)
                        && nextHeight - n.getMaxY() <= pdf.textBlockTop() + 1);
                if (last < 0 || !goesOn) {
                    continue;
                }
                split++;
                if (frameBottom - last > 1.5 * 10.5 * 1.7) {
                    empty.add(String.format("page %d (%s): the frame ends %.0f pt below its last line", p, pdf.folio(p), frameBottom - last));
                }
            }
        }
        assertTrue(split >= 5, "frames going on overleaf: " + split);
        assertEquals(List.of(), empty);
    }

    @Test
    void noFrameStandsEmptyAtAPageFoot() throws IOException {
        List<String> empty = new ArrayList<>();
        int frames = 0;
        for (int p = 1; p <= pdf.count(); p++) {
            double pageHeight = pdf.doc.getPage(p - 1).getMediaBox().getHeight();
            double top = pdf.textBlockTop();
            double bottom = pdf.textBlockBottom(p);
            List<List<TextPosition>> rows = textRows(pdf, p);
            for (Rectangle2D r : DrawnPaths.of(pdf.doc.getPage(p - 1))) {
                // A box (background or border) at least as wide as a column of text, seen in the text block.
                double visibleTop = Math.max(pageHeight - r.getMaxY(), top);
                double visibleBottom = Math.min(pageHeight - r.getMinY(), bottom);
                if (visibleBottom - visibleTop < 2 || r.getWidth() < 100 || r.getHeight() < 3) {
                    continue;
                }
                frames++;
                boolean holdsText = rows.stream().anyMatch(row -> row.get(0).getYDirAdj() > visibleTop
                        && row.get(0).getYDirAdj() - row.get(0).getHeightDir() < visibleBottom
                        && row.stream().anyMatch(t -> t.getXDirAdj() >= r.getMinX() - 1 && t.getXDirAdj() <= r.getMaxX()));
                if (!holdsText) {
                    empty.add(String.format("page %d (%s): a frame %.0f–%.0f pt from the top holds no text", p, pdf.folio(p), visibleTop, visibleBottom));
                }
            }
        }
        assertTrue(frames > 200, "frames drawn: " + frames);
        assertEquals(List.of(), empty);
    }

    @Test
    void noFrameBeginsInTheLastPointsOfAPage() throws IOException {
        // A callout kept whole was started by the renderer a fraction of a point above the foot of the text block: its
        // top border and the tops of its sides printed there as a stray rule (22 pages), the box itself overleaf.
        List<String> slivers = new ArrayList<>();
        for (int p = 1; p <= pdf.count(); p++) {
            double pageHeight = pdf.doc.getPage(p - 1).getMediaBox().getHeight();
            double bottom = pdf.textBlockBottom(p);
            for (Rectangle2D r : DrawnPaths.of(pdf.doc.getPage(p - 1))) {
                double top = pageHeight - r.getMaxY();
                // A frame's side (a border or a background) that goes on past the page and begins in its last 12 pt.
                if (top > bottom - 12 && top < bottom && pageHeight - r.getMinY() > bottom + 20) {
                    slivers.add(String.format("page %d (%s): a frame begins %.1f pt above the text block's foot", p, pdf.folio(p), bottom - top));
                    break;
                }
            }
        }
        assertEquals(List.of(), slivers);
    }

    @Test
    void adjacentFullWidthPunctuationIsCompressed() {
        List<String> wide = new ArrayList<>();
        int pairs = 0;
        for (int p = 1; p <= pdf.count(); p++) {
            for (List<TextPosition> row : textRows(pdf, p)) {
                String text = row.stream().map(TextPosition::getUnicode).reduce("", String::concat);
                for (int i = 0; i + 1 < row.size(); i++) {
                    TextPosition a = row.get(i);
                    if (a.getUnicode().length() != 1 || row.get(i + 1).getUnicode().length() != 1 || a.getFont().getName() == null
                            || a.getFont().getName().contains("Mono") || !PunctuationCompression.halves(a.getUnicode() + row.get(i + 1).getUnicode(), 0)) {
                        continue;
                    }
                    pairs++;
                    double advance = (row.get(i + 1).getXDirAdj() - a.getXDirAdj()) / a.getFontSizeInPt();
                    if (advance > 0.75 && advance < 1.25) { // wider: a formula stands between them
                        wide.add(String.format("page %d: %s%s %.2f em in `%s`", p, a.getUnicode(), row.get(i + 1).getUnicode(), advance, text));
                    }
                }
            }
        }
        assertTrue(pairs > 500, "adjacent marks: " + pairs);
        assertEquals(List.of(), wide);
    }
}
