package dev.bookbuilder.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.build.BuildResult;
import dev.bookbuilder.edition.Edition;
import dev.bookbuilder.testing.EpubCheckRunner;
import dev.bookbuilder.testing.EpubFiles;
import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Books in the shapes people keep them (src/test/resources/import/: an mdBook, a docsify site, a numbered
 * folder) import into source folders that build cleanly, with every image and formula and the prose untouched.
 */
class BookImporterTest {
    private static final Path FIXTURES = Path.of("src/test/resources/import");

    @ParameterizedTest
    @ValueSource(strings = {"mdbook", "docsify", "docsify-home", "folder"})
    void importsAndBuildsClean(String name, @TempDir Path tmp) throws IOException {
        Path source = tmp.resolve("chapters");
        new BookImporter().importBook(FIXTURES.resolve(name), source);
        BuildResult result = TestBooks.build(source, tmp.resolve("out"), TestBooks.BUILD_TIME);
        assertEquals(List.of(), result.warnings().stream().filter(w -> !w.code().equals("file-link")).map(w -> w.format(source)).toList());

        Path epub = result.outputs().stream().filter(o -> o.format().equals("epub")).findFirst().orElseThrow().file();
        EpubCheckRunner.Verdict verdict = EpubCheckRunner.check(epub);
        assertTrue(verdict.clean(), verdict::toString);
        Map<String, String> entries = EpubFiles.read(epub);
        for (String image : files(FIXTURES.resolve(name), ".png")) {
            String file = image.substring(image.lastIndexOf('/') + 1);
            assertTrue(entries.keySet().stream().anyMatch(e -> e.endsWith("/" + Edition.assetHref(file).substring("media/".length()))),
                    image + " is in the EPUB: " + entries.keySet());
        }
        entries.forEach((k, v) -> assertFalse(k.endsWith(".xhtml") && v.contains("math-source"), k + " shows a formula as source"));
    }

    /** An imported book names its language, so an English book gets English words and Latin typesetting, not the zh-CN default. */
    @Test
    void theLanguageComesFromBookTomlOrFromWhatThePagesAreWrittenIn(@TempDir Path tmp) throws IOException {
        Path english = Files.createDirectories(tmp.resolve("en"));
        Files.writeString(english.resolve("intro.md"), "# Proofs\n\nA proof system lets a prover convince a verifier.\n\n"
                + "```rust\n// 中文注释 in code does not count\nfn main() {}\n```\n");
        assertEquals("en", BookImporter.language(tmp.resolve("none"), english));
        Path chinese = Files.createDirectories(tmp.resolve("zh"));
        Files.writeString(chinese.resolve("intro.md"), "# 注意力\n\nSelf-Attention 让每个 token 看到序列中的其他 token，计算量随长度平方增长。\n");
        assertEquals("zh-CN", BookImporter.language(tmp.resolve("none"), chinese));
        Path toml = Files.createDirectories(tmp.resolve("toml"));
        Files.writeString(toml.resolve("book.toml"), "[book]\ntitle = \"x\"\nlanguage = \"fr\"\n");
        assertEquals("fr", BookImporter.language(toml, english));
    }

    /** mdBook's {{#include}} (anchors, line ranges) and hidden Rust lines: the page holds what mdBook shows. */
    @Test
    void mdBookIncludesAreDoneAndHiddenRustLinesLeftOut(@TempDir Path tmp) throws IOException {
        Path source = tmp.resolve("chapters");
        new BookImporter().importBook(FIXTURES.resolve("mdbook"), source);
        String page = Files.readString(source.resolve("02-chapter-2/01-loss.md"));
        assertTrue(page.contains("```rust\nfn step(w: f64, grad: f64, lr: f64) -> f64 {\n    w - lr * grad\n}\n```"), page);
        assertTrue(page.contains("```rust\nuse std::f64;\n```"), "lines 2 to 3 (the blank line 3 trimmed): " + page);
        assertFalse(page.contains("ANCHOR"), page);
        assertFalse(page.contains("# fn main"), "hidden Rust lines are not shown: " + page);
        assertTrue(page.contains("`{{#include file.rs}}`"), "an escaped include stays, without its backslash: " + page);
        assertEquals(1, page.split("\\{\\{#include", -1).length - 1, page);
        assertTrue(page.contains("许可证见 LICENSE。"), "a link out of the book keeps its words: " + page);
    }

    @Test
    void theProseIsNotEditedOnlyLinkTargets(@TempDir Path tmp) throws IOException {
        Path source = tmp.resolve("chapters");
        new BookImporter().importBook(FIXTURES.resolve("mdbook"), source);
        Path src = FIXTURES.resolve("mdbook/src");
        assertEquals(withoutTargets(Files.readString(src.resolve("chapter_1/README.md"))),
                withoutTargets(Files.readString(source.resolve("01-chapter-1/cluster.md"))));
        assertEquals(withoutTargets(Files.readString(src.resolve("README.md"))),
                withoutTargets(Files.readString(source.resolve("front/01-home.md"))));
        assertTrue(Files.readString(source.resolve("01-chapter-1/cluster.md")).contains("[自动求导](02-autograd.md#反向传播)"));
        assertTrue(Files.readString(source.resolve("front/01-home.md")).contains("![全书结构](../images/overview.png)"));
    }

    @Test
    void theReportSaysWhatWasNotCarriedOver(@TempDir Path tmp) throws IOException {
        BookImporter.Report report = new BookImporter().importBook(FIXTURES.resolve("mdbook"), tmp.resolve("chapters"));
        assertEquals("mdBook", report.style());
        assertEquals(2, report.chapters());
        assertEquals(List.of("SUMMARY.md:8: a third level of the contents: `1.2.1 计算图` becomes a page of its chapter",
                "SUMMARY.md:11: `2.2 待写` has no file (a draft): it is left out",
                "chapter_2/loss.md:24: `../../LICENSE` points outside the book's folder: its link text is kept as text"), report.notes());
        assertTrue(Files.readString(tmp.resolve("chapters/book.yml")).contains("title: \"深度学习笔记\""));
        assertTrue(Files.readString(tmp.resolve("chapters/book.yml")).contains("\nlanguage: zh\n"), "book.toml's language");
        // mdbook-katex's macros file, outside src/, comes along and is named in book.yml.
        assertTrue(Files.readString(tmp.resolve("chapters/book.yml")).contains("math:\n  macros: \"macros.txt\""),
                Files.readString(tmp.resolve("chapters/book.yml")));
        assertEquals(Files.readString(FIXTURES.resolve("mdbook/macros.txt")), Files.readString(tmp.resolve("chapters/macros.txt")));
    }

    /** The shape of datawhalechina/happy-llm: a docsify home titled only in HTML, Chinese file names, a draft not listed. */
    @Test
    void aDocsifyHomeTitledInHtmlWithChineseFileNames(@TempDir Path tmp) throws IOException {
        Path source = tmp.resolve("chapters");
        BookImporter.Report report = new BookImporter().importBook(FIXTURES.resolve("docsify-home"), source);
        String yml = Files.readString(source.resolve("book.yml"));
        assertTrue(yml.contains("title: \"Tiny-LLM\""), yml); // the README's <h1>, not the first page's heading
        assertTrue(yml.contains("front: [front/01-home.md, front/02-page.md]"), yml);
        // Ids from the chapters' folders where the file names have no Latin letters, not page-2, page-3.
        assertTrue(yml.contains("  - 01-chapter1\n  - 02-chapter2\n"), yml);
        assertTrue(Files.isRegularFile(source.resolve("02-chapter2/01-chapter2-2.md")));
        assertTrue(report.notes().contains("chapter2/readme.md:3: `./2.3%5BWIP%5D%20偏好对齐.md` is a page the contents do not list: "
                + "it is not a page of the book, the link points at its file"), report.notes().toString());
        assertTrue(Files.isRegularFile(source.resolve("chapter2/2.3[WIP] 偏好对齐.md")));
    }

    @Test
    void refusesAFolderThatIsNotEmpty(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("keep.txt"), "x");
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> new BookImporter().importBook(FIXTURES.resolve("folder"), tmp));
        assertTrue(e.getMessage().contains("not empty"));
        assertEquals(Set.of("keep.txt"), Set.copyOf(files(tmp, "")));
    }

    private static String withoutTargets(String markdown) {
        return markdown.replaceAll("\\]\\([^)]*\\)", "]()").replaceAll("src=\"[^\"]*\"", "src=\"\"");
    }

    private static List<String> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(suffix)).sorted().toList();
        }
    }
}
