package dev.bookbuilder.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bookbuilder.testing.Chromium;
import dev.bookbuilder.testing.ChromiumPages;
import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Phones: the pages hardest to fit (title page, widest formula, widest table, longest code line,
 * index) laid out by Chromium at 320 and 600 CSS px; nothing may stick out of the screen except
 * inside a block that scrolls sideways.
 */
class SmallScreenTest {
    private static final Pattern WIDTH = Pattern.compile("width:([0-9.]+)em");
    private static ChromiumPages epub;

    @BeforeAll
    static void unpack() throws IOException {
        assumeTrue(Chromium.available(), "skipped: no Chromium at " + Chromium.BINARY + " (apt-get install chromium)");
        epub = new ChromiumPages(TestBooks.epub(TestBooks.COURSE, "llm-interview-100", "complete"));
    }

    @Test
    void nothingSticksOutAt320Or600Pixels() throws Exception {
        List<String> faults = new ArrayList<>();
        for (String page : hardestPages()) {
            for (int width : new int[] {320, 600}) {
                String report = epub.check(page, "overflow-check.js", width);
                assertTrue(report.startsWith("{\"width\":" + width + ","), page + " at " + width + ": " + report);
                if (!report.endsWith("\"faults\":[]}") || !report.contains("\"scrollWidth\":" + width + ",")) {
                    faults.add(page + " at " + width + " px: " + report);
                }
            }
        }
        assertEquals(List.of(), faults);
    }

    /** The five pages, chosen from the book as it is now, so the test follows the content. */
    private static Set<String> hardestPages() {
        Map<String, Document> pages = new java.util.TreeMap<>();
        epub.files().forEach((name, text) -> {
            if (name.endsWith(".xhtml") && !name.endsWith("/nav.xhtml")) {
                pages.put(name.substring("OEBPS/".length()), Jsoup.parse(text, "", Parser.xmlParser()));
            }
        });
        Set<String> chosen = new LinkedHashSet<>();
        chosen.add("titlepage.xhtml");
        chosen.add(widest(pages, d -> d.select("svg.math-display").stream().mapToDouble(SmallScreenTest::widthEm).max().orElse(0)));
        chosen.add(widest(pages, d -> d.select("tr").stream().mapToDouble(tr -> tr.childrenSize()).max().orElse(0)));
        chosen.add(widest(pages, d -> d.select("pre").stream().flatMap(p -> p.wholeText().lines()).mapToDouble(String::length).max().orElse(0)));
        chosen.add("book-index.xhtml");
        assertEquals(5, chosen.size(), chosen::toString);
        return chosen;
    }

    private static String widest(Map<String, Document> pages, ToDoubleFunction<Document> measure) {
        var best = pages.entrySet().stream().max(Comparator.comparingDouble(e -> measure.applyAsDouble(e.getValue()))).orElseThrow();
        assertTrue(measure.applyAsDouble(best.getValue()) > 0, "the book has such a page");
        assertNotNull(best.getKey());
        return best.getKey();
    }

    private static double widthEm(Element svg) {
        Matcher m = WIDTH.matcher(svg.attr("style"));
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
