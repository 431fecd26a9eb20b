package dev.bookbuilder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bookbuilder.build.BookBuilder;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.edition.Edition;
import dev.bookbuilder.edition.EditionAssembler;
import dev.bookbuilder.markdown.BookParser;
import dev.bookbuilder.markdown.ParsedBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Tag;

/** Runs every example of src/test/resources/spec/*.md through the real pipeline: load, parse, assemble, render. */
@Tag("fast")
class MarkdownSpecTest {
    private static final Path SPECS = Path.of("src/test/resources/spec");

    static List<SpecExample> examples() throws IOException {
        List<SpecExample> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(SPECS)) {
            for (Path spec : s.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                all.addAll(SpecExample.load(spec));
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void rendersAsSpecified(SpecExample example, @TempDir Path dir) throws IOException {
        Path chapters = dir.resolve("chapters");
        Files.createDirectories(chapters.resolve("01-c"));
        Files.writeString(chapters.resolve("book.yml"), "id: spec\ntitle: 规格\nlanguage: zh-CN\nclusters: [01-c]\n");
        Files.writeString(chapters.resolve("01-c/cluster.md"), "---\ntitle: 篇\n---\n");
        Files.writeString(chapters.resolve("01-c/01-q.md"), "---\ntitle: 问\npoints: [点]\n---\n" + example.markdown());
        Files.writeString(chapters.resolve("01-c/02-r.md"), "---\ntitle: 另一问\npoints: [点]\n---\n## 本质层：为什么这样设计？\n");
        // One glossary term, which no other example uses: the glossary example shows auto-indexing.
        Files.writeString(chapters.resolve("glossary.yml"), "- term: 显存预算\n");
        Files.writeString(chapters.resolve("references.bib"), "@article{vaswani2017attention, author = {Vaswani, Ashish and others},"
                + " title = {Attention Is All You Need}, year = {2017}}\n@article{hu2021lora, author = {Hu, Edward J.},"
                + " title = {{LoRA}}, journal = {arXiv preprint arXiv:2106.09685}, year = {2021}}\n");

        BookBuilder.Loaded loaded = new BookBuilder("test").load(chapters, List.of());
        Diagnostics diags = loaded.diagnostics();
        ParsedBook book = new BookParser(diags).parse(loaded.sources());
        Edition edition = new EditionAssembler(book).assemble(loaded.sources().config().editions().get(0));
        String html = new BodyRenderer(book, edition).render(book.page("q"));
        // Formula and figure file names are hashes and sizes come from the font: the spec names them SVG, STYLE, WIDTH.
        String normalized = html.strip().replaceAll("math/[0-9a-f]+\\.svg", "math/SVG")
                .replaceAll("figures/[0-9a-f]+\\.svg", "figures/SVG").replaceAll("style=\"width:[0-9.]+em\"", "style=\"WIDTH\"")
                .replaceAll("style=\"width:[0-9.]+em;height:[0-9.]+em;vertical-align:-[0-9.]+em\"", "style=\"STYLE\"")
                .replace("\u2009", "{gap}"); // the thin space between Chinese and Latin, made visible
        assertEquals(example.expected(), normalized);
        // The tree is parsed once and rendered once per edition: rendering must leave it as it was.
        assertEquals(html, new BodyRenderer(book, edition).render(book.page("q")), "a second rendering differs");
    }
}
