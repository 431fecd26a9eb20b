package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.config.PdfConfig;
import dev.bookbuilder.testing.EpubFiles;
import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The EPUB carries the print edition's page numbers: one page-list entry per printed page, in order, each landing on a marker. */
class PageListTest {
    private static final String BOOK = "llm-interview-100";

    @Test
    void everyPrintedPageIsListedInOrderAndLandsOnItsMarker() throws IOException {
        Map<String, String> epub = EpubFiles.read(TestBooks.epub(TestBooks.COURSE, BOOK, "complete"));
        Document nav = Jsoup.parse(epub.get("OEBPS/nav.xhtml"), "", Parser.xmlParser());
        Element list = nav.selectFirst("nav[epub:type=page-list]");
        assertTrue(list != null, "the navigation document has a page-list");
        List<String> listed = new ArrayList<>();
        for (Element a : list.select("a")) {
            String[] href = a.attr("href").split("#");
            Document page = Jsoup.parse(epub.get("OEBPS/" + href[0]), "", Parser.xmlParser());
            Element marker = page.getElementById(href[1]);
            assertTrue(marker != null && marker.attr("epub:type").equals("pagebreak") && marker.attr("aria-label").equals(a.text()),
                    a.attr("href") + " lands on the page-break marker of page " + a.text());
            listed.add(a.text());
        }
        try (PdfPages pdf = new PdfPages(TestBooks.pdf(TestBooks.COURSE, BOOK, "complete"), PdfConfig.DEFAULT)) {
            String[] labels = pdf.doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            List<String> printed = new ArrayList<>();
            for (int p = 1; p <= pdf.count(); p++) {
                boolean blank = pdf.body(p).isEmpty() && pdf.folio(p) == null;
                if (!blank) {
                    printed.add(labels[p - 1]);
                }
            }
            assertEquals(printed, listed, "one entry per printed page, in the PDF's order and numbering");
        }
        assertTrue(epub.entrySet().stream().filter(e -> e.getKey().endsWith(".opf")).findFirst().orElseThrow().getValue()
                .contains("<dc:source"), "the package names the print edition it carries the pages of");
    }
}
