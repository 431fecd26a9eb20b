package dev.bookbuilder.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.build.BuildResult;
import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults met importing public books as a new author would (src/test/resources/import/gitbook-shell, in the
 * shape of yeasy/docker_practice), each kept by a small fixture.
 */
@Tag("fast")
class TrialBooksTest {
    private static final Path FIXTURES = Path.of("src/test/resources/import");

    /**
     * docker_practice: 33 pages hold shell blocks with {@code # comments} and no {@code #} heading; each stopped the build at
     * "no title". One without a heading is titled from the contents; one that opens with {@code ## 1.1 …} by that heading,
     * shown once (it had been both the page's title and a heading below it).
     */
    @Test
    void aPageWhoseOnlyHashLineIsACodeCommentIsTitledFromTheContents(@TempDir Path tmp) throws IOException {
        Path source = tmp.resolve("chapters");
        new BookImporter().importBook(FIXTURES.resolve("gitbook-shell"), source);
        assertTrue(Files.readString(source.resolve("01-intro/02-why.md")).startsWith("---\ntitle: \"1.2 Why containers\"\n---\n\nContainers"),
                Files.readString(source.resolve("01-intro/02-why.md")));
        assertTrue(Files.readString(source.resolve("01-intro/01-quickstart.md")).startsWith("## 1.1 Quick start\n"));
        BuildResult result = epub(source, tmp.resolve("out"));
        assertEquals(List.of(), result.warnings().stream().map(w -> w.format(source)).toList());
        java.util.Map<String, String> entries = dev.bookbuilder.testing.EpubFiles.read(result.outputs().get(0).file());
        String page = entries.entrySet().stream().filter(e -> e.getValue().contains("Run a container first")).findFirst().orElseThrow().getValue();
        assertEquals(List.of("1.1 Quick start"), org.jsoup.Jsoup.parse(page).select("h1, h2, h3").eachText().stream()
                .map(t -> t.replaceAll("\\s+", " ")).filter(t -> t.contains("Quick start")).toList(), page);
    }

    /** docker_practice names its pages {@code 1.1_quickstart.md}, {@code 3.10_experimental.md}: ids are {@code quickstart}, not {@code page-1-quickstart}. */
    @Test
    void aSectionNumberBeforeAFileNameIsNoPartOfThePagesId() {
        assertEquals("quickstart", Ids.unique("1.1_quickstart", new java.util.HashSet<>()));
        assertEquals("experimental", Ids.unique("3.10_experimental", new java.util.HashSet<>()));
        assertEquals("ch1", Ids.unique("ch1", new java.util.HashSet<>()));
        assertEquals("page", Ids.unique("2024", new java.util.HashSet<>()));
    }

    /**
     * A link to a folder leads to its README, as on GitHub (docker_practice's {@code ../05_container}); a link to no file
     * of the book (a16z/jolt's {@code ./guests_hosts.md}) and a reference defined outside the book (rust-lang/nomicon's
     * {@code [get_unchecked]: ../std/primitive.slice.html}, 46 of them) keep their words: each had stopped the build at broken-link.
     */
    @Test
    void linksToAFolderToNoFileAndOutOfTheBookBuild(@TempDir Path tmp) throws IOException {
        Path source = tmp.resolve("chapters");
        BookImporter.Report report = new BookImporter().importBook(FIXTURES.resolve("gitbook-shell"), source);
        assertEquals("# 2.1 Images\n\nAn image is a read-only template; a container runs one (see [the first chapter](../01-intro/cluster.md)).\n"
                + "Images are described in the guide, which was never written, and in\n"
                + "`docker image`, whose page lies beside this book on its web site.\n\n"
                + "[image-ref]: ../../reference/commandline/image.html\n", Files.readString(source.resolve("02-basic/01-image.md")));
        assertEquals(List.of("02_basic/2.1_image.md:4: `./guide.md` names no file of the book: its link text is kept as text",
                "02_basic/2.1_image.md:7: `../../reference/commandline/image.html` points outside the book's folder: "
                        + "the links that use it keep their text as text"), report.notes());
        BuildResult result = epub(source, tmp.resolve("out"));
        assertEquals(List.of(), result.warnings().stream().map(w -> w.format(source)).toList());
    }

    /**
     * getify/You-Dont-Know-JS opens every page with the book's title over the page's own heading: all chapters were
     * titled "Chapter N: You Don't Know JS Yet: Get Started - 2nd Edition" in the contents (fixture books/running-head).
     */
    @Test
    void pagesUnderTheBooksTitleAreTitledByTheirOwnHeading(@TempDir Path tmp) throws IOException {
        Path source = Path.of("src/test/resources/books/running-head/chapters");
        BuildResult result = epub(source, tmp.resolve("out"));
        Path epub = result.outputs().stream().filter(o -> o.format().equals("epub")).findFirst().orElseThrow().file();
        java.util.Map<String, String> entries = dev.bookbuilder.testing.EpubFiles.read(epub);
        List<String> contents = org.jsoup.Jsoup.parse(entries.get("OEBPS/nav.xhtml")).select("nav[epub|type=toc] a, nav#toc a").eachText();
        assertTrue(contents.containsAll(List.of("Foreword", "Chapter 1: What Is JavaScript?", "1.1 Values")), contents.toString());
        assertTrue(contents.stream().noneMatch(t -> t.contains("Chapter 1: You Know")), contents.toString());
        String chapter = entries.entrySet().stream().filter(e -> e.getValue().contains("Nobody knows it fully")).findFirst().orElseThrow().getValue();
        assertEquals(1, org.jsoup.Jsoup.parse(chapter).select("h1").size(), "the running head is not a second h1: " + chapter);
    }

    /** a16z/jolt keeps its mdBook in {@code book/}: the EPUB was book-complete.epub; the id is the repository's name. */
    @Test
    void aBookInAFolderNamedBookTakesItsIdFromTheRepository(@TempDir Path tmp) throws IOException {
        Path source = tmp.resolve("chapters");
        new BookImporter().importBook(FIXTURES.resolve("jolt/book"), source);
        assertTrue(Files.readString(source.resolve("book.yml")).contains("\nid: jolt\ntitle: \"JoltBook\"\n"), Files.readString(source.resolve("book.yml")));
    }

    /** docsify's own docs link to headings as {@code themes.md?id=classes}: the links had been kept as text (or stopped the build). */
    @Test
    void docsifysHeadingQueryIsTheLinksFragment(@TempDir Path tmp) throws IOException {
        Path source = tmp.resolve("chapters");
        BookImporter.Report report = new BookImporter().importBook(FIXTURES.resolve("docsify-query"), source);
        assertEquals("# Quick start\n\nView [Theme Classes](../02-themes/cluster.md#classes) and [the variables](../02-themes/cluster.md#customization);"
                + " see [themes](../02-themes/cluster.md).\n", Files.readString(source.resolve("01-getting-started/01-quickstart.md")));
        assertEquals(List.of("quickstart.md:3: `themes.md?lang=en&id=Customization` points at `themes.md#customization`, the heading it names"),
                report.notes());
        assertEquals(List.of(), epub(source, tmp.resolve("out")).warnings().stream().map(w -> w.format(source)).toList());
    }

    /** docsify's docs group pages under "- Getting started", a chapter without a file: its folder was 01-chapter-1. */
    @Test
    void aChapterWithoutAFileIsNamedByItsTitle(@TempDir Path tmp) throws IOException {
        Path source = tmp.resolve("chapters");
        new BookImporter().importBook(FIXTURES.resolve("docsify-query"), source);
        assertTrue(Files.readString(source.resolve("book.yml")).contains("clusters:\n  - 01-getting-started\n  - 02-themes\n"),
                Files.readString(source.resolve("book.yml")));
    }

    /** docsify's {@code !> important} and {@code ?> tip} paragraphs (6 in docsify's docs) had been plain text starting "!>". */
    @Test
    void docsifysImportantAndTipParagraphsAreCallouts(@TempDir Path tmp) throws IOException {
        Path source = tmp.resolve("chapters");
        new BookImporter().importBook(FIXTURES.resolve("docsify-query"), source);
        String themes = Files.readString(source.resolve("02-themes/cluster.md"));
        assertTrue(themes.contains("\n> [!IMPORTANT]\n> Themes change in v5.\n\n> [!TIP]\n> Read the variables first.\n"), themes);
        assertTrue(themes.contains("```markdown\n?> shown as written in code\n```"), themes);
        BuildResult result = epub(source, tmp.resolve("out"));
        String page = dev.bookbuilder.testing.EpubFiles.read(result.outputs().get(0).file()).entrySet().stream()
                .filter(e -> e.getValue().contains("Read the variables first")).findFirst().orElseThrow().getValue();
        assertTrue(!page.contains("!&gt; Themes") && !page.contains("?&gt; Read"), page);
        assertTrue(page.contains("callout callout-important") && page.contains("callout callout-tip"), page);
    }

    /** Builds only the EPUB: these faults are in what the pages say, which the EPUB shows as the PDF does. */
    private static BuildResult epub(Path source, Path out) throws IOException {
        return new dev.bookbuilder.build.BookBuilder("test").build(new dev.bookbuilder.build.BuildRequest(source, out, List.of(),
                java.util.Set.of("epub"), TestBooks.BUILD_TIME), line -> { });
    }
}
