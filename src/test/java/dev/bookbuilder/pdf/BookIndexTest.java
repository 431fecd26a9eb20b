package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.config.Glossary;
import dev.bookbuilder.config.GlossaryLoader;
import dev.bookbuilder.config.PdfConfig;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.testing.EpubFiles;
import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The index in both formats: every locator is right, every glossary term that occurs is indexed. */
class BookIndexTest {
    private static final String BOOK = "llm-interview-100";
    private static final Pattern ENTRY = Pattern.compile("^(.+?)\\s+((?:\\d+(?:–\\d+)?)(?:,\\s*\\d+(?:–\\d+)?)*)(?:\\s+(?:见|另见).*)?$");
    private static final Glossary GLOSSARY = new GlossaryLoader(new Diagnostics()).load(TestBooks.COURSE);

    @Test
    void everyPdfLocatorNamesAPageWhereTheTermOrAnAliasStands() throws IOException {
        try (PdfPages pdf = new PdfPages(TestBooks.pdf(TestBooks.COURSE, BOOK, "complete"), PdfConfig.DEFAULT)) {
            Map<String, Integer> physicalByFolio = new HashMap<>();
            int indexStart = -1;
            for (int p = 1; p <= pdf.count(); p++) {
                String folio = pdf.folio(p);
                if (folio != null) {
                    physicalByFolio.putIfAbsent(folio, p);
                }
                if (!pdf.body(p).isEmpty() && pdf.body(p).get(0).equals("索引")) {
                    indexStart = p;
                }
            }
            assertTrue(indexStart > 0, "the PDF has an index");
            List<String> problems = new ArrayList<>();
            int checked = 0;
            List<String> lines = new ArrayList<>();
            for (int p = indexStart; p <= pdf.count(); p++) {
                for (String raw : pdf.bodyColumns(p)) {
                    String line = raw.replace("\u2060", "");
                    // An entry's page numbers may wrap onto the next line.
                    if (!lines.isEmpty() && (line.matches("^\\d+(–\\d+)?(,| |$).*") || lines.get(lines.size() - 1).endsWith(","))) {
                        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + line);
                    } else {
                        lines.add(line);
                    }
                }
            }
            {
                for (String line : lines) {
                    Matcher m = ENTRY.matcher(line);
                    if (!m.matches()) {
                        continue;
                    }
                    String term = m.group(1).strip();
                    // A locator is a page, or a range for a question that is about the term as a whole.
                    for (String locator : m.group(2).split(",\\s*")) {
                        checked++;
                        boolean mentioned = false;
                        for (int page : pages(locator)) {
                            Integer physical = physicalByFolio.get(Integer.toString(page));
                            mentioned |= physical != null && mentions(pdf, physical, term);
                        }
                        if (!mentioned) {
                            problems.add(term + " → " + locator);
                        }
                    }
                }
            }
            assertTrue(checked > 300, "the index has many locators, found " + checked);
            assertEquals(List.of(), problems.stream().limit(20).toList());
        }
    }

    @Test
    void theCompleteIndexHasEveryGlossaryTermThatOccurs() {
        String index = EpubFiles.read(TestBooks.epub(TestBooks.COURSE, BOOK, "complete")).get("OEBPS/book-index.xhtml");
        Document doc = Jsoup.parse(index, "", Parser.xmlParser());
        Set<String> terms = new TreeSet<>(doc.select("[epub:type=index-term]").eachText());
        List<String> missing = GLOSSARY.terms().stream().map(Glossary.Term::term).filter(t -> !terms.contains(t)).toList();
        assertEquals(List.of(), missing);
        assertTrue(doc.select("[epub:type=index-locator]").size() > 300);
    }

    @Test
    void anEditionIndexesOnlyWhatItHolds() {
        Document complete = Jsoup.parse(EpubFiles.read(TestBooks.epub(TestBooks.COURSE, BOOK, "complete")).get("OEBPS/book-index.xhtml"),
                "", Parser.xmlParser());
        Document path2 = Jsoup.parse(EpubFiles.read(TestBooks.epub(TestBooks.COURSE, BOOK, "path-2-engineering")).get("OEBPS/book-index.xhtml"),
                "", Parser.xmlParser());
        for (var a : path2.select("[epub:type=index-locator]")) {
            assertTrue(a.text().matches("[1-4]\\.\\d+"), "a locator outside the edition's four clusters: " + a.text());
        }
        // Terms whose every locator in the complete book lies in clusters 01 and 02 (not in path 2).
        Set<String> path2Terms = new TreeSet<>(path2.select("[epub:type=index-term]").eachText());
        int dropped = 0;
        for (var entry : complete.select("[epub:type=index-entry]")) {
            List<String> where = entry.select("[epub:type=index-locator]").eachText();
            if (!where.isEmpty() && where.stream().allMatch(l -> l.matches("[12]\\.\\d+"))) {
                String term = entry.selectFirst("> [epub:type=index-term]").text();
                assertTrue(!path2Terms.contains(term), term + " is indexed in path 2, which does not hold where it occurs");
                dropped++;
            }
        }
        assertTrue(dropped > 10, "some terms occur only in clusters 01 and 02: " + dropped);
    }

    /**
     * The page's text (spaces and case aside) holds the term or one of its aliases. A term may start
     * on the page's last line and end on the next page ("指" | "令微调"), so that line joins the next page's first.
     */
    private static boolean mentions(PdfPages pdf, int page, String term) {
        List<String> lines = new ArrayList<>(pdf.body(page));
        if (page < pdf.count() && !pdf.body(page + 1).isEmpty()) {
            lines.add(pdf.body(page + 1).get(0));
        }
        String text = squash(String.join("", lines));
        Glossary.Term g = GLOSSARY.termFor(term);
        List<String> spellings = g == null ? List.of(term) : g.spellings();
        if (spellings.stream().anyMatch(s -> text.contains(squash(s)))) {
            return true;
        }
        // Lines read by position interleave a table's columns, which can split a term inside one cell:
        // read the page again in the order it was drawn, where a cell's text stands together.
        String drawn = squash(drawnText(pdf, page));
        return spellings.stream().anyMatch(s -> drawn.contains(squash(s)));
    }

    private static String drawnText(PdfPages pdf, int page) {
        try {
            org.apache.pdfbox.text.PDFTextStripper s = new org.apache.pdfbox.text.PDFTextStripper();
            s.setStartPage(page);
            s.setEndPage(Math.min(page + 1, pdf.count()));
            return s.getText(pdf.doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String squash(String s) {
        return s.replaceAll("[\\s\u2009]+", "").toLowerCase(Locale.ROOT);
    }

    private static List<Integer> pages(String locators) {
        List<Integer> out = new ArrayList<>();
        for (String part : locators.split(",\\s*")) {
            String[] range = part.split("–");
            int from = Integer.parseInt(range[0].strip());
            int to = range.length > 1 ? Integer.parseInt(range[1].strip()) : from;
            for (int p = from; p <= to; p++) {
                out.add(p);
            }
        }
        return out;
    }
}
