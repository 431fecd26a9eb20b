package dev.bookbuilder.assets;

import dev.bookbuilder.build.BookBuilder;
import dev.bookbuilder.diag.BuildFailedException;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.edition.Edition;
import dev.bookbuilder.edition.EditionAssembler;
import dev.bookbuilder.markdown.BookParser;
import dev.bookbuilder.markdown.ParsedBook;
import dev.bookbuilder.render.PageRenderer;
import dev.bookbuilder.render.RenderedEdition;
import dev.bookbuilder.render.RenderedPage;
import dev.bookbuilder.render.Templates;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Random and mutated Markdown, front matter and SVG through the real pipeline (load, parse, assemble,
 * render): whatever the input, the builder answers with diagnostics, never another exception, and
 * every page it renders is well-formed XHTML. The full tier tries 2,000 books, the fast tier a sample.
 */
class HostileInputTest {
    private static final List<String> PIECES = List.of("# ", "## ", "### ", "> ", "> [!NOTE]\n> ", "- ", "1. ", "* ", "```\n", "```python\n",
            "```chart\n", "$", "$$", "\\frac{a}{b}", "\\begin{equation}", "\\end{equation}", "((", "))", "(((", ")))", "[", "]", "(", ")",
            "![", "](images/ok.png)", "](images/x.svg)", "](javascript:alert(1))", "](http://127.0.0.1:9/)", "<javascript:x>", "[^1]",
            "[^1]: 脚注", "[@key]", "<div align=\"center\">", "</div>", "<script>alert(1)</script>", "<img src=\"images/ok.png\">",
            "<a href=\"vbscript:x\">v</a>", "<svg onload=x>", "<!--", "-->", "&#1;", "&#x0B;", "&amp;", "&", "<", ">", "\"", "'", "|", "| a | b |\n|---|---|\n",
            "Table: 表 {#tbl-x}\n", "{#fig-x width=50%}", "\u0001", "\u000B", "\u001F", "\uFFFE", "\uD800", "\t", "\r\n", "\n", "\n\n", "中文",
            "English", "`code`", "**", "_", "~~", "\\", "---\n", "title: x\n", "id: nav\n", "points: [a]\n");
    private static final Path DIR = tempDir();

    @Property(tries = 2000)
    void anyPageBuildsOrIsDiagnosed(@ForAll("books") Book book) throws Exception {
        check(book);
    }

    @Property(tries = 40)
    @Tag("fast")
    void aSampleOfPagesBuildsOrIsDiagnosed(@ForAll("books") Book book) throws Exception {
        check(book);
    }

    /** One generated source: the question file (front matter and body) and an SVG image it may show. */
    record Book(String frontMatter, String body, String svg) {
    }

    @Provide
    Arbitrary<Book> books() {
        Arbitrary<String> markdown = Arbitraries.oneOf(
                Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l)),
                Arbitraries.strings().withCharRange('\u0000', '\u00ff').withChars("中文$*_[]()<>#`\\!{}|").ofMaxLength(200));
        Arbitrary<String> frontMatter = Arbitraries.oneOf(
                Arbitraries.just("title: 问题\npoints: [要点]\n"),
                Arbitraries.of(PIECES).list().ofMaxSize(8).map(l -> "title: " + String.join("", l) + "\npoints: [要点]\n"),
                Arbitraries.strings().withChars("ab:-[]{}\"'\\\n u01#&*!|>").ofMaxLength(60).map(s -> "title: t\npoints: [p]\n" + s));
        Arbitrary<String> svg = Arbitraries.oneOf(
                Arbitraries.just("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"><rect width=\"4\" height=\"4\"/></svg>"),
                Arbitraries.of("<script>x()</script>", "<foreignObject/>", "<image href=\"http://127.0.0.1:9/\"/>", "<rect onload=\"x\"/>",
                        "<!DOCTYPE svg [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "<style>@import url(x)</style>", "<g>", "</g>",
                        "<rect fill=\"url(http://x/)\"/>", "<a xlink:href=\"javascript:x\">", "</a>", "<text>中文</text>", "<", "\"")
                        .list().ofMaxSize(8).map(l -> "<svg xmlns=\"http://www.w3.org/2000/svg\">" + String.join("", l) + "</svg>"),
                Arbitraries.strings().ofMaxLength(80));
        return Combinators.combine(frontMatter, markdown, svg).as(Book::new);
    }

    private static void check(Book book) throws Exception {
        Path chapters = DIR.resolve("chapters");
        // getBytes, not writeString: a lone surrogate cannot be in a UTF-8 file, and is written as '?'
        Files.write(chapters.resolve("01-a/01-q.md"), ("---\n" + book.frontMatter() + "---\n\n" + book.body() + "\n\n![图](images/x.svg)\n")
                .getBytes(StandardCharsets.UTF_8));
        Files.write(chapters.resolve("01-a/images/x.svg"), book.svg().getBytes(StandardCharsets.UTF_8));
        RenderedEdition rendered;
        try {
            BookBuilder.Loaded loaded = new BookBuilder("test").load(chapters, List.of());
            Diagnostics diags = loaded.diagnostics();
            ParsedBook parsed = new BookParser(diags).parse(loaded.sources());
            if (diags.hasErrors()) {
                return; // a diagnosed book: the build stops here, as the driver does
            }
            Edition edition = new EditionAssembler(parsed).assemble(loaded.sources().config().editions().get(0));
            rendered = new PageRenderer(new Templates(), "test").render(parsed, edition, "", Instant.EPOCH);
        } catch (BuildFailedException e) {
            return; // diagnosed before there was a book to parse
        }
        DocumentBuilder xml = xmlParser();
        for (RenderedPage page : rendered.pages()) {
            try {
                xml.parse(new ByteArrayInputStream(page.xhtml().getBytes(StandardCharsets.UTF_8)));
            } catch (org.xml.sax.SAXException e) {
                throw new AssertionError(page.page().id() + " is not well-formed XML (" + e.getMessage() + ") for " + book, e);
            }
        }
    }

    private static DocumentBuilder xmlParser() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e;
            }
        });
        return b;
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("hostile-props");
            Path chapters = dir.resolve("chapters");
            Files.createDirectories(chapters.resolve("01-a/images"));
            Files.writeString(chapters.resolve("book.yml"), "id: prop\ntitle: 性质\nclusters: [01-a]\n");
            Files.writeString(chapters.resolve("01-a/cluster.md"), "---\ntitle: 第一篇\n---\n\n引言。\n");
            Files.write(chapters.resolve("01-a/images/ok.png"), java.util.Base64.getDecoder().decode(
                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="));
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
