package dev.bookbuilder.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.build.BookBuilder;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.markdown.BookParser;
import dev.bookbuilder.markdown.ParsedBook;
import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** book.yml's {@code numbering: false}: no edition numbers before titles, captions counted per chapter. */
@Tag("fast")
class NumberingSwitchTest {
    @TempDir
    Path dir;

    private Edition assemble(boolean numbering) throws IOException {
        Path chapters = dir.resolve(numbering ? "on" : "off").resolve("chapters");
        try (Stream<Path> files = Files.walk(TestBooks.TINY)) {
            for (Path f : files.toList()) {
                Path to = chapters.resolve(TestBooks.TINY.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        if (!numbering) {
            Files.writeString(chapters.resolve("book.yml"), "numbering: false\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        }
        BookBuilder.Loaded loaded = new BookBuilder("test").load(chapters, List.of());
        Diagnostics diags = loaded.diagnostics();
        ParsedBook book = new BookParser(diags).parse(loaded.sources());
        assertFalse(diags.hasErrors(), diags.sorted().toString());
        return new EditionAssembler(book).assemble(loaded.sources().config().edition("complete"));
    }

    @Test
    void pagesShowOnlyTheirTitlesAndCaptionsCountPerChapter() throws IOException {
        Edition on = assemble(true);
        Edition off = assemble(false);
        Page chapterOn = on.stages().get(0).clusters().get(0).opener();
        Page questionOn = on.stages().get(0).clusters().get(0).questions().get(0);
        assertEquals("1.1", questionOn.displayNumber());
        assertTrue(chapterOn.numberedTitle(false).contains("1"), chapterOn.numberedTitle(false));

        Page chapterOff = off.stages().get(0).clusters().get(0).opener();
        Page questionOff = off.stages().get(0).clusters().get(0).questions().get(0);
        assertEquals("", questionOff.displayNumber());
        assertEquals(questionOff.title(), questionOff.numberedTitle(false));
        assertEquals(chapterOff.title(), chapterOff.numberedTitle(false));
        assertEquals(questionOff.shortTitle(), questionOff.shortLabel());

        // The same captions, numbered "图 1-1" with numbering and "图 1" without.
        assertFalse(on.captionLabels().isEmpty());
        int perChapter = 0;
        for (var e : on.captionLabels().entrySet()) {
            String without = off.captionLabels().get(e.getKey());
            if (e.getValue().matches(".*\\d+-\\d+.*")) {
                perChapter++;
                assertTrue(without.matches("[^0-9]*\\d+[^0-9-]*"), e.getValue() + " → " + without);
            }
        }
        assertTrue(perChapter > 0, "the tiny book has chapter-numbered captions: " + on.captionLabels());
    }
}
