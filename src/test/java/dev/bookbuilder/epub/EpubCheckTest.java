package dev.bookbuilder.epub;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.testing.EpubCheckRunner;
import dev.bookbuilder.testing.TestBooks;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** EPUBCheck is the judge: every EPUB we write passes with no fatal, error or warning. */
class EpubCheckTest {

    @Test
    void courseCompleteEditionPasses() {
        assertClean(TestBooks.epub(TestBooks.COURSE, "llm-interview-100", "complete"));
    }

    @Test
    void fixtureBookPasses() {
        assertClean(TestBooks.epub(TestBooks.TINY, "tiny", "complete"));
    }

    @Test
    void fixtureEditionWithOmittedClusterPasses() {
        assertClean(TestBooks.epub(TestBooks.TINY, "tiny", "beta-only"));
    }

    private static void assertClean(Path epub) {
        EpubCheckRunner.Verdict v = EpubCheckRunner.check(epub);
        assertTrue(v.clean(), () -> epub.getFileName() + ": " + v);
    }
}
