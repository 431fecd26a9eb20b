package dev.bookbuilder.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.edition.Edition;
import dev.bookbuilder.testing.EpubCheckRunner;
import dev.bookbuilder.testing.EpubFiles;
import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Books written the way people write them for code hosts, mdBook and docsify (fixtures under
 * src/test/resources/books/): each builds without error, passes EPUBCheck, and keeps every image
 * and every formula.
 */
class RealWorldBooksTest {
    private static final Pattern IMG_SRC = Pattern.compile("<img [^>]*src=\"([^\"]+)\"");
    private static final Set<String> RASTER = Set.of("png", "jpg", "jpeg", "gif");

    /** Each book, with the warning codes it is written to produce (none, unless the case says so). */
    static Stream<Arguments> books() {
        return Stream.of(
                Arguments.of("github-readme", Set.of()),
                Arguments.of("mdbook", Set.of()),
                Arguments.of("docsify", Set.of("file-link")),
                // KaTeX arrows, rustdoc info strings, an <h1>-titled page: no warning; an image without alt: kept, with one;
                // a WebP image, which the PDF cannot draw: said.
                Arguments.of("real-world-faults", Set.of("image-no-alt", "webp-image")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("books")
    void buildsCleanWithEveryImageAndFormula(String name, Set<String> allowedWarnings, @TempDir Path out) throws IOException {
        Path source = Path.of("src/test/resources/books", name, "chapters");
        BuildResult result = TestBooks.build(source, out, TestBooks.BUILD_TIME);
        List<String> unexpected = result.warnings().stream().filter(d -> !allowedWarnings.contains(d.code()))
                .map(d -> d.format(source)).toList();
        assertEquals(List.of(), unexpected, "no warning but those the book is written to produce");

        Path epub = result.outputs().stream().filter(o -> o.format().equals("epub")).findFirst().orElseThrow().file();
        EpubCheckRunner.Verdict verdict = EpubCheckRunner.check(epub);
        assertTrue(verdict.clean(), () -> name + ": " + verdict);

        Map<String, String> entries = EpubFiles.read(epub);
        Set<String> packaged = new TreeSet<>();
        for (var e : entries.entrySet()) {
            if (!e.getKey().endsWith(".xhtml")) {
                continue;
            }
            assertFalse(e.getValue().contains("math-source"), () -> e.getKey() + " shows a formula as its source");
            Matcher m = IMG_SRC.matcher(e.getValue());
            while (m.find()) {
                String entry = "OEBPS/" + m.group(1);
                assertTrue(entries.containsKey(entry), () -> e.getKey() + " uses " + entry + ", which is not in the EPUB");
                packaged.add(entry);
            }
        }
        List<String> sourceImages = images(source);
        List<String> missing = sourceImages.stream().filter(img -> !packaged.contains("OEBPS/" + Edition.assetHref(img))).toList();
        assertEquals(List.of(), missing, "every image of the book is in the EPUB");

        Path pdf = result.outputs().stream().filter(o -> o.format().equals("pdf")).findFirst().orElseThrow().file();
        long raster = sourceImages.stream().filter(i -> RASTER.contains(i.substring(i.lastIndexOf('.') + 1))).count();
        assertTrue(drawnImages(pdf) >= raster, "every raster image is drawn in the PDF");
    }

    @org.junit.jupiter.api.Test
    void linksToCodeFilesPointAtTheRepository() {
        Path source = Path.of("src/test/resources/books/github-readme/chapters");
        String page = EpubFiles.read(TestBooks.epub(source, "readme-style", "complete")).get("OEBPS/architecture.xhtml");
        String repo = "https://github.com/example/llm-from-scratch/";
        assertTrue(page.contains("href=\"" + repo + "blob/main/docs/code/train.py#L1\""), page);
        assertTrue(page.contains("href=\"" + repo + "tree/main/docs/code/utils\""), page);
        assertTrue(page.contains("href=\"" + repo + "blob/main/docs/requirements.txt\""), page);
    }

    @org.junit.jupiter.api.Test
    void pagesWithoutFrontMatterAreTitledByTheirHeadingWithSectionsInTheContents() throws IOException {
        Path source = Path.of("src/test/resources/books/mdbook/chapters");
        Map<String, String> epub = EpubFiles.read(TestBooks.epub(source, "mdbook-style", "complete"));
        String nav = epub.get("OEBPS/nav.xhtml");
        assertTrue(nav.contains("<a href=\"ch01-basics.xhtml\">第一章 基础</a>"), "a chapter numbered by its title: no 第1章 before it\n" + nav);
        assertTrue(nav.contains("<a href=\"tokenizer.xhtml\">1.1 分词器</a>"), nav);
        assertTrue(nav.contains("<a href=\"tokenizer.xhtml#tokenizer-s1\">1.1.1 BPE</a><ol>\n<li><a href=\"tokenizer.xhtml#tokenizer-s2\">合并规则</a>"),
                "## and ### as nested entries\n" + nav);
        assertFalse(nav.contains("第1章"), nav);
        String page = epub.get("OEBPS/tokenizer.xhtml");
        assertEquals(1, page.split("1\\.1 分词器", -1).length - 2, "the title heading is the page's title, not repeated in its body");
        try (PDDocument pdf = Loader.loadPDF(TestBooks.pdf(source, "mdbook-style", "complete").toFile())) {
            List<String> bookmarks = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getDocumentOutline(), bookmarks);
            assertTrue(bookmarks.containsAll(List.of("第一章 基础", "1.1 分词器", "1.1.1 BPE", "合并规则", "2.1 缩放点积", "多头")), bookmarks.toString());
        }
    }

    @org.junit.jupiter.api.Test
    void aChapterOfOnePageListsItsSections() {
        Path source = Path.of("src/test/resources/books/docsify/chapters");
        String nav = EpubFiles.read(TestBooks.epub(source, "docsify-style", "complete")).get("OEBPS/nav.xhtml");
        // A title shows the Han–Latin gap the text has: "第3章" as "第 3 章" (thin spaces).
        assertTrue(nav.contains("<a href=\"chapter3.xhtml\">第\u20093\u2009章 部署</a><ol>\n<li><a href=\"chapter3.xhtml#chapter3-s1\">量化</a>"), nav);
    }

    @org.junit.jupiter.api.Test
    void importedMarkdownGivesValidXhtml() {
        Path source = Path.of("src/test/resources/books/real-world-faults/chapters");
        Map<String, String> epub = EpubFiles.read(TestBooks.epub(source, "real-world-faults", "complete"));
        String page = epub.get("OEBPS/epub-errors.xhtml");
        assertFalse(page.contains("align="), "column alignment as a class, not XHTML 5's missing align attribute\n" + page);
        assertTrue(page.contains("<th class=\"align-center\"") && page.contains("<td class=\"align-right\">"), page);
        assertTrue(epub.get("OEBPS/styles/epub.css").contains("td.align-right { text-align: right; }"));
        String nav = epub.get("OEBPS/nav.xhtml");
        assertTrue(nav.contains("<a href=\"epub-errors.xhtml#epub-errors-s1\">q_1 = 1</a>"), "a formula heading's entry is its LaTeX\n" + nav);
        assertTrue(page.contains("<a href=\"arrows.xhtml#arrows\" class=\"xref\">箭头</a>"), "a reference-style link to a page points at it\n" + page);
        assertTrue(page.contains("<a href=\"https://github.com/example/real-world-faults/blob/main/02-practice/%E6%95%B0%E6%8D%AE%20%E8%AF%B4%E6%98%8E.txt\" class=\"file-link\">"),
                "a reference-style link to a file is a repository link\n" + page);
        assertFalse(page.contains(".md\""), page);
        String figure = epub.get("OEBPS/figure.xhtml");
        assertTrue(figure.contains("<img src=\"media/01-proofs/bits.png\" alt=\"\" />"), "an image without alt kept as decorative\n" + figure);
        assertTrue(figure.contains("<code class=\"language-rust\"><span class=\"tok-kw\">fn</span>"), "`rust,ignore,no_run` is Rust\n" + figure);
        String home = epub.get("OEBPS/home.xhtml");
        assertTrue(nav.contains("<a href=\"home.xhtml\">真实书籍中的问题</a>"), nav);
        assertEquals(1, home.split("<h1", -1).length - 1, "the <h1> title shown once\n" + home);
        assertTrue(epub.get("OEBPS/arrows.xhtml").contains("aria-label=\"a → b\"") && epub.get("OEBPS/arrows.xhtml").contains("aria-label=\"b ← a\""),
                "KaTeX's \\rarr and \\larr drawn as arrows");
    }

    @org.junit.jupiter.api.Test
    void aBookThatIsNotOfQuestionsSpeaksOfSections() {
        Path source = Path.of("src/test/resources/books/real-world-faults/chapters");
        Map<String, String> epub = EpubFiles.read(TestBooks.epub(source, "real-world-faults", "complete"));
        String chapter = epub.get("OEBPS/proofs.xhtml");
        assertTrue(chapter.contains("<h2>本章各节</h2>"), chapter);
        for (String page : List.of("OEBPS/proofs.xhtml", "OEBPS/study-plan.xhtml")) { // the book's own title aside
            assertFalse(epub.get(page).replace("真实书籍中的问题", "").contains("问"), () -> page + " speaks of questions in a kind: book\n" + epub.get(page));
        }
    }

    @org.junit.jupiter.api.Test
    void printedRepositoryAddressesAreReadable() throws IOException {
        Path source = Path.of("src/test/resources/books/real-world-faults/chapters");
        try (PDDocument pdf = Loader.loadPDF(TestBooks.pdf(source, "real-world-faults", "complete").toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertTrue(text.contains("(https://github.com/example/real-world-faults/blob/main/02-practice/数据说明.txt)"),
                    "the address as a reader types it");
            assertFalse(text.contains("%E6%95%B0"), "no percent-encoded address in print");
        }
    }

    @org.junit.jupiter.api.Test
    void aListItemHoldingAListAcrossPagesIsPrinted(@TempDir Path out) throws IOException {
        // zcash/halo2's lookup.md stopped the PDF: OpenPDF's id map lost a list item laid out again (pdf.LaidOutBoxes).
        Path source = Path.of("src/test/resources/books/pdf-crash-halo2-lookup/chapters");
        BuildResult result = TestBooks.build(source, out, TestBooks.BUILD_TIME);
        Path pdf = result.outputs().stream().filter(o -> o.format().equals("pdf")).findFirst().orElseThrow().file();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() >= 5, "the whole page printed: " + doc.getNumberOfPages());
        }
        Path epub = result.outputs().stream().filter(o -> o.format().equals("epub")).findFirst().orElseThrow().file();
        assertTrue(EpubFiles.read(epub).get("OEBPS/nav.xhtml").contains("epub:type=\"page-list\""), "the EPUB gets the printed page numbers");
    }

    private static void collect(org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode node, List<String> out) {
        if (node == null) {
            return;
        }
        node.children().forEach(item -> {
            out.add(item.getTitle());
            collect(item, out);
        });
    }

    private static List<String> images(Path source) throws IOException {
        try (Stream<Path> s = Files.walk(source)) {
            return s.filter(Files::isRegularFile).map(p -> source.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.matches(".*\\.(png|jpe?g|gif|svg)")).sorted().toList();
        }
    }

    private static int drawnImages(Path pdf) throws IOException {
        List<Object> seen = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(n) instanceof PDImageXObject img && !seen.contains(img.getCOSObject())) {
                        seen.add(img.getCOSObject());
                    }
                }
            }
        }
        return seen.size();
    }
}
