package dev.bookbuilder.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.testing.EpubFiles;
import dev.bookbuilder.testing.TestBooks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Index locators and citations take the reader to the very place, and references lead back. */
class NavigationTest {
    private static final Map<String, Document> PAGES = pages(EpubFiles.read(TestBooks.epub(TestBooks.COURSE, "llm-interview-100", "complete")));

    @Test
    void indexLocatorsReadAsQuestionNumbersAndLandOnTheTerm() {
        List<Element> locators = PAGES.get("book-index.xhtml").select("a[epub:type=index-locator]");
        assertTrue(locators.size() > 300, "locators: " + locators.size());
        List<String> faults = new ArrayList<>();
        for (Element a : locators) {
            String href = a.attr("href");
            Element target = target(href);
            if (!a.text().matches("\\d+\\.\\d+") || !href.contains("#") || target == null) {
                faults.add(a.text() + " → " + href);
            } else if (target.nameIs("section") && target.parent() != null && target.parent().nameIs("body")) {
                // a question's index: front matter names the whole question: its start is the place
            } else if (!target.text().isEmpty() && target.closest("span, li, p, h1, h2, h3, h4, td, th, dd") == null) {
                faults.add(a.text() + " → " + href + " lands on a " + target.tagName());
            }
        }
        assertEquals(List.of(), faults.stream().limit(20).toList(), faults.size() + " faulty locators");
    }

    @Test
    void citationsLinkToTheirReferenceAndReferencesLinkBack() {
        List<String> faults = new ArrayList<>();
        int citations = 0;
        for (var page : PAGES.entrySet()) {
            for (Element a : page.getValue().select("a[epub:type=biblioref]")) {
                citations++;
                Element ref = target(a.attr("href"));
                if (ref == null || !ref.nameIs("li")) {
                    faults.add(page.getKey() + ": " + a.text() + " → " + a.attr("href"));
                }
            }
        }
        List<Element> references = PAGES.get("book-references.xhtml").select("ol.reference-list > li");
        for (Element ref : references) {
            List<Element> back = ref.select("a[role=doc-backlink]");
            if (back.isEmpty()) {
                faults.add(ref.id() + " has no link back");
            }
            for (Element b : back) {
                Element citation = target(b.attr("href"));
                if (citation == null || !citation.attr("href").equals("book-references.xhtml#" + ref.id())) {
                    faults.add(ref.id() + ": back-link " + b.text() + " → " + b.attr("href") + " is not a citation of it");
                }
            }
        }
        assertTrue(citations > 100 && references.size() > 50, citations + " citations, " + references.size() + " references");
        assertEquals(List.of(), faults.stream().limit(20).toList(), faults.size() + " faults");
    }

    /** The element an href ("file.xhtml#id") points at, or null. */
    private static Element target(String href) {
        int hash = href.indexOf('#');
        Document doc = PAGES.get(hash < 0 ? href : href.substring(0, hash));
        return doc == null || hash < 0 ? null : doc.getElementById(href.substring(hash + 1));
    }

    private static Map<String, Document> pages(Map<String, String> files) {
        Map<String, Document> out = new TreeMap<>();
        files.forEach((name, text) -> {
            if (name.endsWith(".xhtml")) {
                out.put(name.substring("OEBPS/".length()), Jsoup.parse(text, "", Parser.xmlParser()));
            }
        });
        return out;
    }
}
