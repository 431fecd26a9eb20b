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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** No two captions of an edition share a label: "见表 1" names one table. */
@Tag("fast")
class CaptionNumbersTest {
    @Test
    void theFrontMattersTablesAreNumberedThroughAndEveryLabelIsUnique() throws IOException {
        BookBuilder.Loaded loaded = new BookBuilder("test").load(TestBooks.COURSE, List.of());
        Diagnostics diags = loaded.diagnostics();
        ParsedBook book = new BookParser(diags).parse(loaded.sources());
        assertFalse(diags.hasErrors(), diags.sorted().toString());
        Edition edition = new EditionAssembler(book).assemble(loaded.sources().config().edition("complete"));
        // Numbered per page, 如何阅读本书's and 学习路径's first tables were both 表 1.
        assertEquals("表 1", labelOf(edition, "-tbl-clusters"));
        assertEquals("表 2", labelOf(edition, "-tbl-paths"));
        Map<String, String> seen = new HashMap<>();
        for (Map.Entry<String, String> e : edition.captionLabels().entrySet()) {
            String other = seen.put(e.getValue(), e.getKey());
            assertTrue(other == null, e.getValue() + " labels both " + other + " and " + e.getKey());
        }
        assertTrue(seen.size() > 50, "captions: " + seen.size());
    }

    /** The label of the caption whose anchor (the page's id, then the author's) ends so. */
    private static String labelOf(Edition edition, String authorId) {
        return edition.captionLabels().entrySet().stream().filter(e -> e.getKey().endsWith(authorId)).map(Map.Entry::getValue)
                .findFirst().orElse("");
    }
}
