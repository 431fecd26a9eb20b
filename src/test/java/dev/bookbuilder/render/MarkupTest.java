package dev.bookbuilder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.build.BookBuilder;
import dev.bookbuilder.edition.Edition;
import dev.bookbuilder.edition.EditionAssembler;
import dev.bookbuilder.markdown.BookParser;
import dev.bookbuilder.markdown.ParsedBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each format gets the markup it asks for, and only that; the elements, and so the blocks, are the same in both. */
@Tag("fast")
class MarkupTest {
    @Test
    void printMarkupHasNoReadingSystemSemanticsAndTheSameBlocks(@TempDir Path dir) throws IOException {
        Path chapters = dir.resolve("chapters");
        Files.createDirectories(chapters.resolve("01-c"));
        Files.writeString(chapters.resolve("book.yml"), "id: m\ntitle: 标记\nclusters: [01-c]\n");
        Files.writeString(chapters.resolve("01-c/cluster.md"), "---\ntitle: 篇\n---\n");
        Files.writeString(chapters.resolve("01-c/01-q.md"), "---\ntitle: 问\n---\n正文有脚注[^1]，也引用 [@k]。\n\n"
                + "> [!TIP]\n> 提示。\n\n[^1]: 脚注的话。\n");
        Files.writeString(chapters.resolve("references.bib"), "@article{k, author = {A, B}, title = {T}, year = {2020}}\n");
        BookBuilder.Loaded loaded = new BookBuilder("test").load(chapters, List.of());
        ParsedBook book = new BookParser(loaded.diagnostics()).parse(loaded.sources());
        Edition edition = new EditionAssembler(book).assemble(loaded.sources().config().editions().get(0));
        PageRenderer pages = new PageRenderer(new Templates(), "test");
        RenderedEdition reader = pages.render(book, edition, "", Instant.EPOCH, Markup.READER);
        RenderedEdition print = pages.render(book, edition, "", Instant.EPOCH, Markup.PRINT);
        RenderedEdition web = pages.render(book, edition, "", Instant.EPOCH, Markup.WEB);

        String readerPage = page(reader, "q");
        String printPage = page(print, "q");
        for (String semantic : List.of("epub:type=\"footnote\"", "role=\"doc-noteref\"", "role=\"doc-biblioref\"", "role=\"doc-tip\"",
                "rel=\"stylesheet\"")) {
            assertTrue(readerPage.contains(semantic), semantic + " in the EPUB's page");
            assertFalse(printPage.contains(semantic), semantic + " not in print's page");
        }
        assertFalse(printPage.contains("<body epub:type"), "no body semantics in print");
        assertTrue(readerPage.contains("<section epub:type=\"chapter\" role=\"doc-chapter\""), "the EPUB's question is a chapter");
        assertTrue(page(reader, "c").contains("epub:type=\"part\""), "the EPUB's cluster opener is a part");
        for (RenderedPage p : print.pages()) { // the sections' hints too, on every kind of page
            assertFalse(p.xhtml().contains("epub:type=") || p.xhtml().contains(" role=\""), p.page().id() + " has no hints in print");
        }
        String webPage = page(web, "q");
        for (String role : List.of("role=\"doc-chapter\"", "role=\"doc-noteref\"", "role=\"doc-footnote\"", "role=\"doc-biblioref\"",
                "role=\"doc-tip\"")) {
            assertTrue(webPage.contains(role), role + " in the web page");
        }
        for (RenderedPage p : web.pages()) {
            assertFalse(p.xhtml().contains("epub:type="), p.page().id() + " has no epub:type on the web");
            assertFalse(p.xhtml().contains("rel=\"stylesheet\""), p.page().id() + ": the site frames the page with its own stylesheets");
        }
        assertEquals(blockNames(readerPage), blockNames(printPage), "the same blocks, in the same order");
        assertEquals(blockNames(readerPage), blockNames(webPage), "the same blocks on the web");
        assertTrue(blockNames(printPage).contains("aside"), "the footnote and the callout are asides in both");
    }

    private static String page(RenderedEdition rendered, String id) {
        return rendered.pages().stream().filter(p -> p.page().id().equals(id)).findFirst().orElseThrow().xhtml();
    }

    private static List<String> blockNames(String xhtml) {
        Element body = Jsoup.parse(xhtml, "", Parser.xmlParser()).selectFirst("body");
        return Blocks.of(body).stream().map(Element::tagName).toList();
    }
}
