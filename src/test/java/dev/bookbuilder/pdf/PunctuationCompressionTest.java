package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Two adjacent full-width punctuation marks take one and a half ems, not two (clreq 3.1.6). */
class PunctuationCompressionTest {
    private static final String PUNCTUATION = "，。、；：？！）」』》】〉”’（「『《【〈“‘";

    @Test
    void adjacentFullWidthPunctuationIsCompressed() throws IOException {
        var book = new PdfNavigationTest.Book(TestBooks.COURSE, "llm-interview-100");
        int pairs = 0;
        List<String> wide = new ArrayList<>();
        try (PdfPages pdf = new PdfPages(TestBooks.printed(TestBooks.COURSE, "llm-interview-100"), book.config())) {
            for (int p = 1; p <= pdf.count(); p++) {
                List<TextPosition> glyphs = new ArrayList<>(pdf.glyphs(p));
                glyphs.sort(Comparator.comparingInt((TextPosition t) -> Math.round(t.getYDirAdj())).thenComparingDouble(TextPosition::getXDirAdj));
                for (int i = 0; i + 1 < glyphs.size(); i++) {
                    TextPosition a = glyphs.get(i);
                    TextPosition b = glyphs.get(i + 1);
                    double advance = b.getXDirAdj() - a.getXDirAdj();
                    // Two marks side by side in text (code keeps its fixed columns; a formula between them is no pair).
                    if (Math.round(a.getYDirAdj()) != Math.round(b.getYDirAdj()) || PUNCTUATION.indexOf(a.getUnicode()) < 0
                            || PUNCTUATION.indexOf(b.getUnicode()) < 0 || a.getFont().getName().contains("Mono")
                            || advance > 1.3 * a.getFontSizeInPt()) {
                        continue;
                    }
                    pairs++;
                    if (advance > 0.75 * a.getFontSizeInPt()) {
                        wide.add("page " + p + ": `" + a.getUnicode() + b.getUnicode() + "` " + Math.round(advance * 10) / 10.0 + " pt");
                    }
                }
            }
        }
        assertTrue(pairs > 50, "the course has adjacent punctuation: " + pairs);
        assertEquals(List.of(), wide.stream().limit(30).toList(), wide.size() + " of " + pairs + " pairs uncompressed");
    }
}
