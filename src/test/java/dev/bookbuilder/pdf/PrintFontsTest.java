package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bookbuilder.build.BookBuilder;
import dev.bookbuilder.build.BuildRequest;
import dev.bookbuilder.build.BuildResult;
import dev.bookbuilder.diag.Diagnostic;
import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fonts named in book.yml are matched by the family inside the font file; a name no font has, a
 * font without the book's characters and a character no font has are each a warning, never a
 * silent change of the book.
 */
class PrintFontsTest {
    private static final String TEXT = "注意力机制把查询与键比较。";
    private static final String SYMBOLS = "完成 ✅，区间 ⟨a, b⟩，推出 ⇒ 结论，积分 ∮。";
    private static final int NO_FONT = 0xE000; // private use: no font on any machine we build on draws it

    @Test
    void aFamilyIsMatchedByItsNameTableAndItsMissingCharactersAreSetInAFallback(@TempDir Path dir) throws IOException {
        assumeTrue(!FontNames.read(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")).isEmpty(), "DejaVu Serif is not installed");
        Path pdf = build(dir, "{serif: [DejaVu Serif]}", TEXT);
        assertTrue(embedded(pdf).stream().anyMatch(f -> f.contains("DejaVuSerif") && !f.contains("Bold") && !f.contains("Condensed")),
                "DejaVu Serif itself, not the first font file found: " + embedded(pdf));
        List<Diagnostic> w = warnings;
        Diagnostic lacks = w.stream().filter(d -> d.code().equals("font-lacks-glyphs")).findFirst().orElseThrow(() -> new AssertionError(w));
        assertTrue(lacks.message().matches("(?s).*DejaVu Serif.*\\p{IsHan}.*"), "names the Chinese characters: " + lacks.message());
        assertEquals("book.yml", lacks.file().getFileName().toString());
        assertTrue(text(pdf).contains(TEXT.substring(0, 5)), "the Chinese text is still printed, in a fallback font");
    }

    @Test
    void aMisspeltFamilyIsAWarningAndTheBookKeepsItsChineseFont(@TempDir Path dir) throws IOException {
        Path pdf = build(dir, "{serif: [DejaVu Serf]}", TEXT);
        Diagnostic notFound = warnings.stream().filter(d -> d.code().equals("font-not-found")).findFirst().orElseThrow(() -> new AssertionError(warnings));
        assertTrue(notFound.message().contains("`DejaVu Serf`"), notFound.message());
        assertEquals(5, notFound.line(), "the line of book.yml that names it");
        assertTrue(embedded(pdf).stream().noneMatch(f -> f.contains("DejaVu")), embedded(pdf).toString());
        assertTrue(text(pdf).contains(TEXT.substring(0, 5)));
    }

    @Test
    void symbolsAreDrawnFromAFallbackAndACharacterNoFontHasIsReportedWhereItStands(@TempDir Path dir) throws IOException {
        Path pdf = build(dir, "{}", SYMBOLS + "私用区 " + Character.toString(NO_FONT) + "。");
        String text = text(pdf);
        for (String s : List.of("✅", "⟨", "⟩", "⇒", "∮")) {
            boolean warned = warnings.stream().anyMatch(d -> d.code().equals("missing-glyph") && d.message().contains(s));
            assertTrue(text.contains(s) || warned, s + " is neither drawn nor reported");
        }
        Diagnostic missing = warnings.stream().filter(d -> d.code().equals("missing-glyph") && d.message().contains("U+E000"))
                .findFirst().orElseThrow(() -> new AssertionError(warnings));
        assertEquals("01-q.md", missing.file().getFileName().toString());
        assertEquals(6, missing.line(), missing.toString());
    }

    private List<Diagnostic> warnings = List.of();

    /** A one-question book with {@code fonts} as its pdf.fonts, built to PDF only. */
    private Path build(Path dir, String fonts, String body) throws IOException {
        Path src = dir.resolve("chapters");
        Files.createDirectories(src.resolve("01-c"));
        Files.writeString(src.resolve("book.yml"), """
                id: fonts
                title: 字体
                clusters: [01-c]
                pdf:
                  fonts: %s
                """.formatted(fonts));
        Files.writeString(src.resolve("01-c/cluster.md"), "---\ntitle: 一章\n---\n\n引言。\n");
        Files.writeString(src.resolve("01-c/01-q.md"), "---\ntitle: 一问\npoints: [一]\n---\n\n" + body + "\n");
        BuildResult r = new BookBuilder("test").build(new BuildRequest(src, dir.resolve("out"), List.of(), java.util.Set.of("pdf"),
                TestBooks.BUILD_TIME), line -> { });
        warnings = r.warnings();
        return dir.resolve("out/fonts-complete.pdf");
    }

    private static Set<String> embedded(Path pdf) throws IOException {
        Set<String> names = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(n).getName());
                }
            }
        }
        return names;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

}
