package dev.bookbuilder.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bookbuilder.testing.Chromium;
import dev.bookbuilder.testing.ChromiumPages;
import dev.bookbuilder.testing.TestBooks;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Small links are big enough for a finger (WCAG 2.2's 24 × 24 CSS px): note references, citation
 * numbers, index locators and back-links, measured by Chromium on a phone-wide page.
 */
class TapTargetTest {
    private static final Pattern LINK = Pattern.compile("\\{\"text\":\"((?:[^\"\\\\]|\\\\.)*)\",\"width\":([0-9.]+),\"height\":([0-9.]+)\\}");
    private static final double MIN = 24 - 0.5; // layout rounds to fractions of a pixel

    @Test
    void noteCitationIndexAndBackLinksAreAtLeast24PxSquare() throws Exception {
        assumeTrue(Chromium.available(), "skipped: no Chromium at " + Chromium.BINARY + " (apt-get install chromium)");
        ChromiumPages tiny = new ChromiumPages(TestBooks.epub(TestBooks.TINY, "tiny", "complete"));
        ChromiumPages course = new ChromiumPages(TestBooks.epub(TestBooks.COURSE, "llm-interview-100", "complete"));
        String mostCited = course.files().entrySet().stream().filter(e -> e.getKey().endsWith(".xhtml"))
                .max(Comparator.comparingInt(e -> e.getValue().split("doc-biblioref").length)).orElseThrow().getKey();
        List<String> small = new ArrayList<>();
        int measured = 0;
        measured += measure(tiny, "first.xhtml", small);
        measured += measure(course, mostCited.substring("OEBPS/".length()), small);
        measured += measure(course, "book-references.xhtml", small);
        measured += measure(course, "book-index.xhtml", small);
        assertTrue(measured > 300, "links measured: " + measured);
        assertEquals(List.of(), small.stream().limit(20).toList(), small.size() + " links smaller than 24 × 24 px");
    }

    private static int measure(ChromiumPages epub, String page, List<String> small) throws Exception {
        Matcher m = LINK.matcher(epub.check(page, "tap-target-check.js", 390));
        int n = 0;
        while (m.find()) {
            n++;
            if (Double.parseDouble(m.group(2)) < MIN || Double.parseDouble(m.group(3)) < MIN) {
                small.add(page + ": \"" + m.group(1) + "\" " + m.group(2) + " × " + m.group(3));
            }
        }
        assertTrue(n > 0, page + " has links to measure");
        return n;
    }
}
