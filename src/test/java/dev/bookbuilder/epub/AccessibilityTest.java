package dev.bookbuilder.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.testing.EpubFiles;
import dev.bookbuilder.testing.TestBooks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** EPUB Accessibility 1.1: the package says what it offers, and the pages keep those promises. */
class AccessibilityTest {
    private static final Map<String, String> COURSE = EpubFiles.read(TestBooks.epub(TestBooks.COURSE, "llm-interview-100", "complete"));

    @Test
    void packageDeclaresConformanceAndFeatures() {
        Document opf = opf(COURSE);
        assertEquals(List.of("EPUB Accessibility 1.1 - WCAG 2.1 Level AA"), values(opf, "dcterms:conformsTo"));
        assertEquals(List.of("textual", "visual"), values(opf, "schema:accessMode"));
        assertEquals(List.of("textual"), values(opf, "schema:accessModeSufficient"));
        assertTrue(values(opf, "schema:accessibilityFeature").containsAll(List.of("tableOfContents", "index", "readingOrder",
                "structuralNavigation", "alternativeText", "describedMath")), values(opf, "schema:accessibilityFeature")::toString);
        assertEquals(List.of("none"), values(opf, "schema:accessibilityHazard"));
        assertEquals(1, values(opf, "schema:accessibilitySummary").size());
    }

    @Test
    void anEditionWithoutFormulasDoesNotClaimDescribedMath() {
        Document opf = opf(EpubFiles.read(TestBooks.epub(TestBooks.TINY, "tiny", "beta-only")));
        assertFalse(values(opf, "schema:accessibilityFeature").contains("describedMath"));
        assertTrue(values(opf, "schema:accessibilityFeature").contains("tableOfContents"));
    }

    @Test
    void everyFormulaHasWordsForAScreenReaderNotLatex() {
        int formulas = 0;
        List<String> faults = new ArrayList<>();
        for (var page : pages(COURSE).entrySet()) {
            for (Element svg : page.getValue().select("svg")) {
                formulas++;
                String words = svg.attr("aria-label");
                if (!"img".equals(svg.attr("role")) || words.isBlank() || words.contains("\\")) {
                    faults.add(page.getKey() + ": role=" + svg.attr("role") + " aria-label=" + words);
                }
            }
        }
        assertTrue(formulas > 100, "formulas: " + formulas);
        assertEquals(List.of(), faults);
    }

    @Test
    void headingsNestWithoutGapsAndEveryPageButTheCoverHasThem() {
        List<String> faults = new ArrayList<>();
        pages(COURSE).forEach((name, doc) -> {
            int previous = 0;
            for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
                int level = h.tagName().charAt(1) - '0';
                if (level > previous + 1) {
                    faults.add(name + ": h" + level + " \"" + h.text() + "\" after h" + previous);
                }
                previous = level;
            }
            boolean cover = "cover".equals(doc.selectFirst("body").attr("epub:type")); // an image, named by its alt text
            if (previous == 0 && !cover) {
                faults.add(name + ": no heading");
            }
        });
        assertEquals(List.of(), faults);
    }

    @Test
    void tableHeaderCellsHaveTheirScope() {
        int headers = 0;
        List<String> faults = new ArrayList<>();
        for (var page : pages(COURSE).entrySet()) {
            for (Element th : page.getValue().select("th")) {
                headers++;
                String expected = th.closest("thead") != null ? "col" : "row";
                if (!expected.equals(th.attr("scope"))) {
                    faults.add(page.getKey() + ": " + th.text() + " scope=" + th.attr("scope"));
                }
            }
        }
        assertTrue(headers > 20, "header cells: " + headers);
        assertEquals(List.of(), faults);
    }

    private static Map<String, Document> pages(Map<String, String> files) {
        Map<String, Document> out = new java.util.TreeMap<>();
        files.forEach((name, text) -> {
            if (name.endsWith(".xhtml")) {
                out.put(name, Jsoup.parse(text, "", Parser.xmlParser()));
            }
        });
        return out;
    }

    private static Document opf(Map<String, String> files) {
        return Jsoup.parse(files.get("OEBPS/content.opf"), "", Parser.xmlParser());
    }

    private static List<String> values(Document opf, String property) {
        return opf.select("metadata > meta").stream().filter(m -> property.equals(m.attr("property"))).map(Element::text).toList();
    }
}
