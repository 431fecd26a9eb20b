package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.build.BookBuilder;
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
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every item of an unordered list prints a marker: the renderer draws none of its own. */
class PrintListsTest {

    @Test
    void everyUnorderedItemHasOneMarkerAndThePdfDrawsThemAll() throws IOException {
        BookBuilder.Loaded loaded = new BookBuilder("test").load(TestBooks.COURSE, List.of());
        ParsedBook parsed = new BookParser(new Diagnostics()).parse(loaded.sources());
        var edition = new EditionAssembler(parsed).assemble(loaded.sources().config().edition("complete"));
        RenderedEdition rendered = new PageRenderer(new Templates(), "test").render(parsed, edition, "", TestBooks.BUILD_TIME);
        Document doc = PrintDocument.build(rendered, PrintLayout.of(PdfConfig.DEFAULT), "", loaded.sources().root());
        List<Element> items = doc.select("ul > li");
        assertTrue(items.size() > 100, "the course has bulleted lists: " + items.size());
        for (Element li : items) {
            assertEquals(1, li.select(".li-marker").stream().filter(m -> m.closest("li") == li).count(), li.outerHtml());
        }

        int drawn = 0;
        List<String> heavy = new java.util.ArrayList<>();
        try (PdfPages pdf = new PdfPages(TestBooks.printed(TestBooks.COURSE, "llm-interview-100"), edition.book().pdf())) {
            for (int p = 1; p <= pdf.count(); p++) {
                for (String line : pdf.body(p)) {
                    drawn += (int) line.codePoints().filter(c -> c == 0x25CF || c == 0x25CB).count();
                }
                for (var glyph : pdf.glyphs(p)) {
                    if (glyph.getUnicode().equals(PrintLists.MARKER) && glyph.getFontSizeInPt() > 0.5 * 10.5) {
                        heavy.add("page " + p + ": " + glyph.getFontSizeInPt() + " pt");
                    }
                }
            }
        }
        assertTrue(drawn >= items.size(), "markers drawn: " + drawn + ", list items: " + items.size());
        // A bullet is small beside 10.5 pt text, as Chinese books set it: at 0.7 em it weighed as much as a bold character.
        assertEquals(List.of(), heavy.stream().limit(5).toList(), heavy.size() + " bullets larger than half the text");
    }
}
