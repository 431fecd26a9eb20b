package dev.bookbuilder.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.build.BuildRequest;
import dev.bookbuilder.testing.TestBooks;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build --watch}'s rebuilds: only the edited page is parsed again, and the book is what a fresh build makes. */
@Tag("fast")
class WatchBuildTest {
    @Test
    void aRebuildParsesOnlyTheEditedPageAndWritesWhatAFreshBuildWrites(@TempDir Path dir) throws Exception {
        Path chapters = TinyCopy.into(dir.resolve("book"));
        StringWriter err = new StringWriter();
        WatchBuild watch = new WatchBuild("test", new BuildRequest(chapters, dir.resolve("out"), List.of("complete"), Set.of("epub"),
                TestBooks.BUILD_TIME), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(1, watch.round().size(), "one phase: the EPUB; " + err);
        int all = watch.pagesParsedLastBuild();
        assertTrue(all > 3, "the first build parses every page");

        TinyCopy.append(chapters.resolve("01-alpha/01-first.md"), "编辑后新加的一句话。");
        assertEquals(1, watch.round().size(), err.toString());
        assertEquals(1, watch.pagesParsedLastBuild(), "only the edited page is parsed again");
        byte[] watched = Files.readAllBytes(dir.resolve("out/tiny-complete.epub"));

        WatchBuild fresh = new WatchBuild("test", new BuildRequest(chapters, dir.resolve("fresh"), List.of("complete"), Set.of("epub"),
                TestBooks.BUILD_TIME), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        fresh.round();
        assertArrayEquals(Files.readAllBytes(dir.resolve("fresh/tiny-complete.epub")), watched,
                "pages from the cache make the same book as pages parsed afresh");
    }

    @Test
    void cachedPagesReportTheirWarningsAgain(@TempDir Path dir) throws Exception {
        Path chapters = TinyCopy.into(dir.resolve("book"));
        TinyCopy.append(chapters.resolve("02-beta/01-third.md"), "```nosuchlanguage\ncode\n```");
        StringWriter err = new StringWriter();
        WatchBuild watch = new WatchBuild("test", new BuildRequest(chapters, dir.resolve("out"), List.of("complete"), Set.of("epub"),
                TestBooks.BUILD_TIME), new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        watch.round();
        TinyCopy.append(chapters.resolve("01-alpha/01-first.md"), "编辑后新加的一句话。");
        watch.round();
        assertEquals(2, err.toString().lines().filter(l -> l.contains("unknown-language")).count(),
                "the unchanged page's warning, in both builds: " + err);
    }

    @Test
    void theEpubIsWrittenBeforeTheOtherFormats(@TempDir Path dir) {
        WatchBuild watch = new WatchBuild("test", new BuildRequest(dir, dir, List.of(), Set.of(), TestBooks.BUILD_TIME),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertEquals(List.of(Set.of("epub"), Set.of("pdf")), watch.phases());
    }
}
