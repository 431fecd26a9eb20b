package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.build.BookBuilder;
import dev.bookbuilder.build.BuildRequest;
import dev.bookbuilder.build.BuildResult;
import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** Without a Chinese font the PDF still builds, with Adobe's STSong-Light, and says how to do better. */
@Tag("fast")
@ResourceLock(Resources.SYSTEM_PROPERTIES) // it points the font search at an empty folder: no build may run meanwhile
class FontFallbackTest {

    @Test
    void noFontOnTheMachineFallsBackToStSongWithOneWarning(@TempDir Path emptyFonts, @TempDir Path out) throws IOException {
        assertFalse(PdfFonts.discover(Map.of(), List.of(emptyFonts)).complete());
        String before = System.getProperty("bookbuilder.fontDirs");
        System.setProperty("bookbuilder.fontDirs", emptyFonts.toString());
        try {
            // The complete edition's PDF is all this reads.
            BuildResult result = new BookBuilder("test").build(new BuildRequest(TestBooks.TINY, out, List.of("complete"), Set.of("pdf"),
                    TestBooks.BUILD_TIME), line -> { });
            assertEquals(1, result.warnings().stream().filter(w -> w.code().equals("no-cjk-font")).count());
            // (STSong-Light also lacks the "·" of the running head's title: that is a warning of its own.)
            assertTrue(result.warnings().stream().filter(w -> w.code().equals("no-cjk-font")).findFirst().orElseThrow()
                    .message().contains("apt-get install fonts-noto-cjk"));
        } finally {
            if (before == null) {
                System.clearProperty("bookbuilder.fontDirs");
            } else {
                System.setProperty("bookbuilder.fontDirs", before);
            }
        }
        Set<String> fonts = new HashSet<>();
        try (PDDocument pdf = Loader.loadPDF(out.resolve("tiny-complete.pdf").toFile())) {
            for (PDPage page : pdf.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(n).getName());
                }
            }
        }
        assertTrue(fonts.stream().anyMatch(f -> f.startsWith("STSong-Light")), fonts.toString());
    }
}
