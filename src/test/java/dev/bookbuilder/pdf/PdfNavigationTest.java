package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bookbuilder.build.BookBuilder;
import dev.bookbuilder.config.PdfConfig;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.edition.Edition;
import dev.bookbuilder.edition.EditionAssembler;
import dev.bookbuilder.markdown.BookParser;
import dev.bookbuilder.markdown.ParsedBook;
import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PDF's navigation is right: printed contents, bookmarks, links; and its fonts are embedded. */
class PdfNavigationTest {
    private static final Pattern TOC_LINE = Pattern.compile("^(.*?\\S)\\s*(?:\\.\\s*){3,}(\\d+)$");

    record Book(Path source, String id) {
        Path pdf() {
            return TestBooks.pdf(source, id, "complete");
        }

        PdfConfig config() {
            return edition().book().pdf();
        }

        Edition edition() {
            BookBuilder.Loaded loaded = new BookBuilder("test").load(source, List.of());
            ParsedBook parsed = new BookParser(new Diagnostics()).parse(loaded.sources());
            return new EditionAssembler(parsed).assemble(loaded.sources().config().edition("complete"));
        }
    }

    static Book book(String which) {
        return which.equals("course") ? new Book(TestBooks.COURSE, "llm-interview-100") : new Book(TestBooks.TINY, "tiny");
    }

    @ParameterizedTest
    @ValueSource(strings = {"course", "tiny"})
    void everyContentsEntryNamesThePageItsHeadingIsOn(String which) throws IOException {
        Book book = book(which);
        try (PdfPages pdf = new PdfPages(book.pdf(), book.config())) {
            int tocPage = 1;
            while (!pdf.body(tocPage).stream().findFirst().orElse("").equals("目录")) {
                tocPage++;
            }
            List<String[]> entries = new ArrayList<>();
            for (int p = tocPage; !firstLine(pdf, p).matches("第\\s*1\\s*章.*"); p++) {
                for (String line : pdf.body(p)) {
                    Matcher m = TOC_LINE.matcher(line);
                    if (m.matches()) {
                        entries.add(new String[] {m.group(1).strip(), m.group(2)});
                    }
                }
            }
            int expectedEntries = (int) book.edition().spine().stream().filter(x -> x.kind().name().matches("CLUSTER|QUESTION|BACK|REFERENCES|INDEX")).count();
            assertEquals(expectedEntries, entries.size(), "one contents line per cluster, question, back matter page, the references and the index");
            for (String[] e : entries) {
                int page = headingPage(pdf, e[0]);
                assertTrue(page > 0, "no page opens with the heading of contents entry " + e[0]);
                assertEquals(e[1], pdf.folio(page), "contents entry `" + e[0] + "` names page " + e[1]
                        + " but its heading is on the page numbered " + pdf.folio(page));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"course", "tiny"})
    void bookmarksListEachClusterWithItsQuestionsInOrder(String which) throws IOException {
        Book book = book(which);
        List<String> expected = new ArrayList<>();
        book.edition().stages().forEach(s -> s.clusters().forEach(c -> {
            expected.add(c.opener().numberedTitle(true));
            c.questions().forEach(q -> expected.add("  " + q.numberedTitle(true)));
        }));
        try (PdfPages pdf = new PdfPages(book.pdf(), book.config())) {
            List<String> clustersAndQuestions = pdf.outline().stream().map(String::strip)
                    .map(l -> l.matches("\\d+\\.\\d+ .*") ? "  " + l : l).filter(l -> l.startsWith("第") || l.startsWith("  ")).toList();
            assertEquals(expected, clustersAndQuestions);
            assertEquals(COSName.getPDFName("UseOutlines").getName(), pdf.doc.getDocumentCatalog().getPageMode().stringValue(),
                    "the outline is shown when the file opens");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"course", "tiny"})
    void everyFontIsEmbedded(String which) throws IOException {
        assumeTrue(PdfFonts.discover(Map.of()).complete(), "no CJK font installed (apt-get install fonts-noto-cjk)");
        Book book = book(which);
        try (PdfPages pdf = new PdfPages(book.pdf(), book.config())) {
            for (PDPage page : pdf.doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"course", "tiny"})
    void everyInternalLinkLandsOnAPageOfTheDocument(String which) throws IOException {
        Book book = book(which);
        try (PdfPages pdf = new PdfPages(book.pdf(), book.config())) {
            assertEquals(List.of(), pdf.brokenLinks());
        }
    }

    private static String firstLine(PdfPages pdf, int page) {
        return pdf.body(page).stream().findFirst().orElse("");
    }

    /** The page whose text block opens with the heading the contents entry stands for. */
    private static int headingPage(PdfPages pdf, String entry) {
        Matcher q = Pattern.compile("^(\\d+\\.\\d+) .*").matcher(entry);
        Matcher c = Pattern.compile("^(第 ?\\d+ ?章) .*").matcher(entry); // "第 1 章": the Han–Latin gap
        for (int p = 1; p <= pdf.count(); p++) {
            String first = firstLine(pdf, p);
            // A question page opens with its title and then its core points (a cluster opener lists titles too).
            boolean match = q.matches() ? first.startsWith(q.group(1) + " ") && pdf.body(p).contains("核心要点")
                    : c.matches() ? first.equals(c.group(1)) : first.equals(entry);
            if (match && pdf.body(p).size() > 0) {
                return p;
            }
        }
        return -1;
    }
}
