package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.build.BookBuilder;
import dev.bookbuilder.cache.ContentCache;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.edition.Edition;
import dev.bookbuilder.edition.EditionAssembler;
import dev.bookbuilder.markdown.BookParser;
import dev.bookbuilder.markdown.ParsedBook;
import dev.bookbuilder.render.Markup;
import dev.bookbuilder.render.PageRenderer;
import dev.bookbuilder.render.RenderedEdition;
import dev.bookbuilder.render.Stylesheets;
import dev.bookbuilder.render.Templates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts' layouts kept across builds ({@link PartCache}): a second build of an unchanged book measures
 * nothing (nor lays out its index to deal the columns) and writes the same bytes as a build without the cache;
 * a damaged entry, or a run whose glyph fallback warned, is laid out again (and warns again).
 */
class PartCacheTest {
    private static final Instant TIME = Instant.parse("2024-07-23T08:00:00Z");

    @Test
    void anUnchangedBookIsPaintedFromTheKeptLayoutsAndComesOutTheSame(@TempDir Path dir) throws IOException {
        Path chapters = book(dir, "");
        Path cache = dir.resolve("cache");
        // The first build with the cache is a build without it that also keeps what it measured.
        Built cold = build(chapters, ContentCache.in(cache, "t"), new Diagnostics());
        assertTrue(cold.measuring() > 0, "the first build measures the parts");
        byte[] none = cold.pdf();
        List<String> entries = entries(cache);
        assertTrue(!entries.isEmpty(), "the runs' layouts are kept");
        assertTrue(entries.stream().anyMatch(e -> e.contains("pe-")), "the parts' page ends were mended, and kept as mended");

        Built warm = build(chapters, ContentCache.in(cache, "t"), new Diagnostics());
        assertEquals(0, warm.measuring(), "the second build lays out no part to measure it, nor the index to deal its columns");
        assertArrayEquals(none, warm.pdf(), "the parts put back as mended give the same PDF, byte for byte");

        // A damaged entry is a miss: the run is laid out again, and the PDF is still the same.
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                Files.writeString(f, text.substring(0, text.length() / 2).replace("pe-", "pX-"));
            }
        }
        Built damaged = build(chapters, ContentCache.in(cache, "t"), new Diagnostics());
        assertTrue(damaged.measuring() > 0, "damaged entries are not used");
        assertArrayEquals(none, damaged.pdf());
    }

    @Test
    void aRunWhoseGlyphFallbackWarnedIsCheckedAndWarnsAgainAtEveryBuild(@TempDir Path dir) throws IOException {
        Path chapters = book(dir, "庆祝 \uD83E\uDD73 一下。"); // U+1F973, in no font the tests have
        Path cache = dir.resolve("cache");
        for (int build = 1; build <= 2; build++) {
            Diagnostics diags = new Diagnostics();
            Built b = build(chapters, ContentCache.in(cache, "t"), diags);
            assertTrue(b.measuring() > 0, "build " + build + " lays the run out again");
            assertTrue(diags.sorted().stream().anyMatch(d -> d.code().equals("missing-glyph")), "build " + build + " warns: " + diags.sorted());
        }
    }

    private record Built(byte[] pdf, int measuring) {
    }

    private static Built build(Path chapters, ContentCache layouts, Diagnostics diags) throws IOException {
        BookBuilder.Loaded loaded = new BookBuilder("test").load(chapters, List.of());
        ParsedBook book = new BookParser(loaded.diagnostics()).parse(loaded.sources());
        Edition edition = new EditionAssembler(book).assemble(loaded.sources().config().editions().get(0));
        RenderedEdition print = new PageRenderer(new Templates(), "test").render(book, edition, "", TIME, Markup.PRINT);
        PdfFonts fonts = PdfFonts.discover(loaded.sources().config().pdf().fonts());
        PdfBookWriter writer = new PdfBookWriter(fonts, Stylesheets.load(chapters, "print.css"), diags, layouts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(print, chapters, out);
        return new Built(out.toByteArray(), writer.measuringLayouts());
    }

    private static List<String> entries(Path cache) throws IOException {
        try (Stream<Path> files = Files.walk(cache)) {
            return files.filter(Files::isRegularFile).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    /** Two clusters of questions long enough to break over pages: listings longer than a page, tall figures, paragraphs. */
    private static Path book(Path dir, String extra) throws IOException {
        Path chapters = dir.resolve("chapters");
        Files.createDirectories(chapters.resolve("01-a/images"));
        Files.createDirectories(chapters.resolve("02-b"));
        Files.writeString(chapters.resolve("book.yml"), "id: kept\ntitle: 留存\nclusters: [01-a, 02-b]\n");
        Files.writeString(chapters.resolve("01-a/images/tall.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"420\" "
                + "viewBox=\"0 0 300 420\"><rect x=\"10\" y=\"10\" width=\"280\" height=\"400\" fill=\"none\" stroke=\"#000\"/></svg>");
        Files.writeString(chapters.resolve("01-a/cluster.md"), "---\ntitle: 第一篇\n---\n");
        Files.writeString(chapters.resolve("02-b/cluster.md"), "---\ntitle: 第二篇\n---\n");
        for (String q : List.of("01-a/01-one.md", "01-a/02-two.md", "02-b/01-three.md")) {
            StringBuilder md = new StringBuilder("---\ntitle: 问题 " + q.charAt(q.length() - 5) + "\n---\n\n");
            for (int section = 0; section < 3; section++) {
                md.append("## 小节 ").append(section + 1).append("\n\n");
                for (int p = 0; p < 4 + section; p++) {
                    md.append("这是一段用来填满版面的正文，讲述模型训练与推理中的若干细节，长度足以折成好几行。".repeat(3 + p % 3))
                            .append("其中提到((注意力))、((量化").append(p).append("))与((缓存").append(section).append("))。\n\n");
                }
                if (q.startsWith("01-a")) {
                    md.append("![一幅高图](images/tall.svg)\n\n");
                }
                md.append("```python\n");
                for (int line = 0; line < 12 + 20 * section; line++) {
                    md.append("value_").append(line).append(" = compute(step=").append(line).append(")  # 第 ").append(line).append(" 行\n");
                }
                md.append("```\n\n");
            }
            md.append(extra).append('\n');
            Files.writeString(chapters.resolve(q), md.toString(), StandardCharsets.UTF_8);
        }
        return chapters;
    }
}
