package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.build.BookBuilder;
import dev.bookbuilder.config.PageSize;
import dev.bookbuilder.config.PdfConfig;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.edition.EditionAssembler;
import dev.bookbuilder.markdown.BookParser;
import dev.bookbuilder.markdown.ParsedBook;
import dev.bookbuilder.render.PageRenderer;
import dev.bookbuilder.render.RenderedEdition;
import dev.bookbuilder.render.Templates;
import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The joined print document, and the page sizes book.yml can ask for. */
class PrintDocumentTest {

    @Test
    void idsAreUniqueAcrossTheJoinedDocumentAndEveryLinkTargetExists() {
        BookBuilder.Loaded loaded = new BookBuilder("test").load(TestBooks.COURSE, List.of());
        ParsedBook parsed = new BookParser(new Diagnostics()).parse(loaded.sources());
        var edition = new EditionAssembler(parsed).assemble(loaded.sources().config().edition("complete"));
        RenderedEdition rendered = new PageRenderer(new Templates(), "test").render(parsed, edition, "", TestBooks.BUILD_TIME);
        Document doc = PrintDocument.build(rendered, PrintLayout.of(PdfConfig.DEFAULT), "", loaded.sources().root());
        Set<String> ids = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            assertTrue(ids.add(e.id()), "duplicate id " + e.id());
        }
        for (Element a : doc.select("a[href^=#]")) {
            assertTrue(ids.contains(a.attr("href").substring(1)), "link to a missing id: " + a.outerHtml());
        }
        assertTrue(doc.select("a[href]").stream().allMatch(a -> a.attr("href").startsWith("#") || a.attr("href").matches("(https?|mailto):.*")),
                "no link points at an .xhtml file in the print document");
    }

    @ParameterizedTest
    @CsvSource({"a4, 210, 297", "a5, 148, 210", "b5, 185, 260", "letter, 215.9, 279.4", "'185mm 260mm', 185, 260", "'6in 9in', 152.4, 228.6"})
    void pageSizesFromBookYml(String page, double widthMm, double heightMm, @TempDir Path dir) throws IOException {
        PageSize size = PageSize.parse(page);
        assertEquals(widthMm, size.widthMm(), 0.01);
        assertEquals(heightMm, size.heightMm(), 0.01);
        if (page.equals("b5") || page.equals("a5")) {
            Path chapters = copyTiny(dir, page);
            TestBooks.build(chapters, dir.resolve("out"), TestBooks.BUILD_TIME);
            try (PDDocument pdf = Loader.loadPDF(dir.resolve("out/tiny-complete.pdf").toFile())) {
                PDRectangle box = pdf.getPage(0).getMediaBox();
                assertEquals(widthMm * 72 / 25.4, box.getWidth(), 0.5);
                assertEquals(heightMm * 72 / 25.4, box.getHeight(), 0.5);
            }
        }
    }

    @Test
    void aCodeLineWithChineseCountsWideCharactersTwice() {
        String line = "x = 1  # " + "中".repeat(10);
        assertEquals(line, CodeWrap.wrap(line, 29));
        assertTrue(CodeWrap.wrap(line, 28).contains("\n" + CodeWrap.CONTINUATION));
    }

    private static Path copyTiny(Path dir, String page) throws IOException {
        Path target = dir.resolve("chapters");
        try (var files = Files.walk(TestBooks.TINY)) {
            for (Path p : files.toList()) {
                Path t = target.resolve(TestBooks.TINY.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        Files.writeString(target.resolve("book.yml"), Files.readString(target.resolve("book.yml")) + "pdf:\n  page: " + page + "\n");
        return target;
    }
}
