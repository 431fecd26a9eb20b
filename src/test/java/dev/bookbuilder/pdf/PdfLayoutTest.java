package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.config.PdfConfig;
import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing runs off the page, Chinese lines break by the rules, blank pages are where they belong. */
class PdfLayoutTest {
    private static final String NO_LINE_START = "，。、；：？！）」』》";
    private static final String NO_LINE_END = "（「『《";
    private static final Path COURSE = TestBooks.pdf(TestBooks.COURSE, "llm-interview-100", "complete");
    private static final PdfConfig A4_DUPLEX = PdfConfig.DEFAULT;
    private static final PrintLayout A4_LAYOUT = PrintLayout.of(A4_DUPLEX);

    @Test
    void noTextIsDrawnOutsideTheTextBlockHorizontally() throws IOException {
        try (PdfPages pdf = new PdfPages(COURSE, A4_DUPLEX)) {
            List<String> outside = new ArrayList<>();
            for (int p = 1; p <= pdf.count(); p++) {
                double[] x = pdf.textBlockX(p);
                int page = p;
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition t) {
                        double tolerance = 1.5;
                        // A space the renderer leaves at a line's end draws no ink wherever it stands.
                        if (!t.getUnicode().isBlank() && (t.getXDirAdj() < x[0] - tolerance || t.getXDirAdj() + t.getWidthDirAdj() > x[1] + tolerance)) {
                            outside.add("page " + page + ": `" + t.getUnicode() + "` at x=" + Math.round(t.getXDirAdj()));
                        }
                    }
                };
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(pdf.doc);
            }
            assertEquals(List.of(), outside.stream().limit(20).toList());
        }
    }

    @Test
    void noLineStartsWithClosingOrEndsWithOpeningPunctuation() throws IOException {
        try (PdfPages pdf = new PdfPages(COURSE, A4_DUPLEX)) {
            List<String> bad = new ArrayList<>();
            for (int p = 1; p <= pdf.count(); p++) {
                for (String line : pdf.body(p)) {
                    if (NO_LINE_START.indexOf(line.charAt(0)) >= 0 || NO_LINE_END.indexOf(line.charAt(line.length() - 1)) >= 0) {
                        bad.add("page " + p + ": " + line);
                    }
                }
            }
            assertEquals(List.of(), bad.stream().limit(20).toList());
        }
    }

    @Test
    void blankPagesOnlyPrecedeAClusterOpenerAndAreTrulyBlank() throws IOException {
        try (PdfPages pdf = new PdfPages(COURSE, A4_DUPLEX)) {
            for (int p = 1; p < pdf.count(); p++) {
                if (pdf.body(p).isEmpty()) {
                    assertTrue(pdf.body(p + 1).get(0).matches("第 ?\\d+ ?章|参考文献|索引"),
                            "blank page " + p + " is not followed by a cluster opener, the references or the index");
                    assertEquals("", pdf.runningHead(p), "blank page " + p + " has a running head");
                    assertEquals(null, pdf.folio(p), "blank page " + p + " prints a page number");
                    assertEquals(1, (p + 1) % 2, "the opener after blank page " + p + " is on a right-hand page");
                }
            }
            assertTrue(pdf.body(pdf.count()).size() > 0, "the last page is not blank");
        }
    }

    @Test
    void theReferencesAndTheIndexOpenOnRightHandPagesWithoutARunningHead() throws IOException {
        // The rule for the back matter: it opens as a chapter does (参考文献 had its running head on its opening
        // page, and 索引 opened on a left-hand page with the book's title over it).
        try (PdfPages pdf = new PdfPages(COURSE, A4_DUPLEX)) {
            List<String> opened = new java.util.ArrayList<>();
            for (int p = 1; p <= pdf.count(); p++) {
                List<String> body = pdf.body(p);
                if (!body.isEmpty() && body.get(0).matches("参考文献|索引|常见问题|技术栈要求|延伸阅读")) {
                    opened.add(body.get(0));
                    assertEquals("", pdf.runningHead(p), body.get(0) + " opens on page " + p + " under a running head");
                    double band = pdf.doc.getPage(p - 1).getMediaBox().getHeight() - A4_LAYOUT.topMm() * 72 / 25.4;
                    assertTrue(DrawnPaths.of(pdf.doc.getPage(p - 1)).stream().noneMatch(r -> r.getMinY() > band),
                            body.get(0) + " opens on page " + p + " under a running head's rule");
                    if (body.get(0).matches("参考文献|索引")) {
                        assertEquals(1, p % 2, body.get(0) + " opens on left-hand page " + p);
                    }
                    if (p < pdf.count() && !pdf.body(p + 1).isEmpty() && p % 2 == 1) {
                        assertTrue(pdf.runningHead(p + 1).startsWith("大模型面试 100 问"), "the left page after " + body.get(0)
                                + " shows the book title, not `" + pdf.runningHead(p + 1) + "`");
                    }
                }
            }
            assertTrue(opened.containsAll(List.of("参考文献", "索引")), "back matter found: " + opened);
        }
    }

    @Test
    void clustersOpenOnRightHandPagesAndQuestionPagesCarryRunningHeads() throws IOException {
        try (PdfPages pdf = new PdfPages(COURSE, A4_DUPLEX)) {
            for (int p = 1; p <= pdf.count(); p++) {
                List<String> body = pdf.body(p);
                if (!body.isEmpty() && body.get(0).matches("第 ?\\d+ ?章")) {
                    assertEquals(1, p % 2, "cluster opener on page " + p + " is a left-hand page");
                } else if (!body.isEmpty() && body.get(0).equals("本章问题")) { // an opener's list of questions, on its second page
                    assertTrue(pdf.runningHead(p).startsWith("大模型面试 100 问"), "left page " + p + " shows the book title, not `"
                            + pdf.runningHead(p) + "`");
                }
                if (body.contains("本章问题") && p < pdf.count()) {
                    List<String> next = pdf.body(p + 1);
                    assertTrue(next.contains("核心要点") || next.isEmpty() || !next.get(0).matches("\\d+\\.\\d+ .*"),
                            "the list of questions on page " + p + " runs on to the next page: " + next.get(0));
                } else if (body.contains("核心要点")) { // a question's first page
                    String head = pdf.runningHead(p);
                    if (p % 2 == 0) {
                        assertTrue(head.startsWith("大模型面试 100 问"), "left page " + p + " shows the book title, not `" + head + "`");
                    } else {
                        String number = body.get(0).split(" ")[0];
                        assertTrue(head.startsWith(number + " ") && head.length() > number.length() + 1,
                                "right page " + p + " shows the question's number and short title, not `" + head + "`");
                    }
                }
            }
        }
    }

    @Test
    void twoBuildsWithTheSameTimeGiveByteIdenticalPdfs(@TempDir Path a, @TempDir Path b) throws IOException {
        TestBooks.build(TestBooks.TINY, a, TestBooks.BUILD_TIME);
        TestBooks.build(TestBooks.TINY, b, TestBooks.BUILD_TIME);
        assertArrayEquals(Files.readAllBytes(a.resolve("tiny-complete.pdf")), Files.readAllBytes(b.resolve("tiny-complete.pdf")));
    }

    @Test
    void longCodeLinesWrapWithAContinuationMarker() {
        String wrapped = CodeWrap.wrap("x = compute(" + "a, ".repeat(40) + "b)", 40);
        for (String line : wrapped.split("\n")) {
            assertTrue(line.length() <= 40, line);
        }
        assertTrue(wrapped.contains("\n" + CodeWrap.CONTINUATION), wrapped);
        assertEquals("# 中文注释", CodeWrap.wrap("# 中文注释", 40), "short lines stay as they are");
    }
}
