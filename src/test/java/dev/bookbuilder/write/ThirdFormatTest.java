package dev.bookbuilder.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bookbuilder.build.BookBuilder;
import dev.bookbuilder.build.BuildRequest;
import dev.bookbuilder.build.BuildResult;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.render.RenderedPage;
import dev.bookbuilder.render.Templates;
import dev.bookbuilder.source.BookSources;
import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new format is one class and one registration: here a writer that lists an edition's pages. */
@Tag("fast")
class ThirdFormatTest {
    /** The whole format: a name, and what it writes for one edition. */
    static final class PageList implements BookWriter {
        @Override
        public String name() {
            return "pages";
        }

        @Override
        public EditionWriter prepare(BookSources sources, Templates templates, Diagnostics diags) {
            return (edition, facts, out) -> {
                StringBuilder s = new StringBuilder();
                for (RenderedPage p : edition.pages()) {
                    s.append(p.page().fileName()).append('\n');
                }
                out.write(s.toString().getBytes(StandardCharsets.UTF_8));
            };
        }
    }

    @Test
    void aRegisteredFormatIsBuiltLikeTheOthers(@TempDir Path out) throws IOException {
        List<BookWriter> writers = new ArrayList<>(Writers.ALL);
        writers.add(new PageList()); // the registration line
        BuildResult result = new BookBuilder("test", writers).build(
                new BuildRequest(TestBooks.TINY, out, List.of(), Set.of("pages"), TestBooks.BUILD_TIME), line -> { });
        assertEquals(Set.of("pages"), Set.copyOf(result.outputs().stream().map(BuildResult.Output::format).toList()),
                "only the format asked for, for every edition");
        List<String> listed = Files.readAllLines(out.resolve("tiny-complete.pages"));
        assertEquals("titlepage.xhtml", listed.get(0));
        assertEquals(listed.size(), listed.stream().distinct().count(), "each page once");
    }
}
