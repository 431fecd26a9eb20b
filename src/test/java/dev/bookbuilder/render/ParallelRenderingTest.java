package dev.bookbuilder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bookbuilder.build.BookBuilder;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.edition.Edition;
import dev.bookbuilder.edition.EditionAssembler;
import dev.bookbuilder.markdown.BookParser;
import dev.bookbuilder.markdown.ParsedBook;
import dev.bookbuilder.testing.TestBooks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/** Editions render the one parsed book in parallel: the same page, from many threads, renders the same. */
@Tag("fast")
class ParallelRenderingTest {

    @Test
    void aPageWithFootnotesRendersTheSameFromManyThreads() throws Exception {
        BookBuilder.Loaded loaded = new BookBuilder("test").load(TestBooks.TINY, List.of());
        ParsedBook book = new BookParser(new Diagnostics()).parse(loaded.sources());
        Edition edition = new EditionAssembler(book).assemble(loaded.sources().config().edition("complete"));
        String expected = new BodyRenderer(book, edition).render(book.page("first"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                BodyRenderer renderer = new BodyRenderer(book, edition); // one per edition, as the builder has
                results.add(pool.submit(() -> renderer.render(book.page("first"))));
            }
            for (Future<String> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
