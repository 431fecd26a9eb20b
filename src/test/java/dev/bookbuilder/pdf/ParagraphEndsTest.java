package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** No paragraph ends with a line that holds a single Chinese character. */
class ParagraphEndsTest {
    private static final String CLOSING = "，。、；：？！）」』》】〉”’";

    @Test
    void noLastLineHoldsOneCharacter() throws IOException {
        var book = new PdfNavigationTest.Book(TestBooks.COURSE, "llm-interview-100");
        List<String> lonely = new ArrayList<>();
        int lines = 0;
        try (PdfPages pdf = new PdfPages(TestBooks.printed(TestBooks.COURSE, "llm-interview-100"), book.config())) {
            for (int p = 1; p <= pdf.count(); p++) {
                double right = pdf.textBlockX(p)[1];
                TreeMap<Integer, List<TextPosition>> rows = new TreeMap<>();
                for (TextPosition t : pdf.glyphs(p)) {
                    rows.computeIfAbsent(Math.round(t.getYDirAdj()), y -> new ArrayList<>()).add(t);
                }
                List<TextPosition> previous = null;
                for (List<TextPosition> row : rows.values()) {
                    row.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
                    lines++;
                    String text = row.stream().map(TextPosition::getUnicode).reduce("", String::concat).strip();
                    String core = text.replaceAll("[" + CLOSING + "]+$", "");
                    boolean one = core.codePointCount(0, core.length()) == 1
                            && Character.UnicodeScript.of(core.codePointAt(0)) == Character.UnicodeScript.HAN;
                    if (one && previous != null) {
                        TextPosition end = previous.get(previous.size() - 1);
                        // The line before runs to the right edge: this is a paragraph's last line, not a short cell or title.
                        if (end.getXDirAdj() + end.getWidthDirAdj() > right - end.getFontSizeInPt()) {
                            lonely.add("page " + p + ": `" + text + "`");
                        }
                    }
                    previous = row;
                }
            }
        }
        assertTrue(lines > 5000, "lines read: " + lines);
        assertEquals(List.of(), lonely);
    }
}
