package dev.bookbuilder.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.markdown.math.MathRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A warm cache gives exactly what drawing gives, draws nothing, and survives damage and races. */
@Tag("fast")
class FormulaCacheTest {
    private static final String KEY = "D:\\frac{a}{b}+\\sqrt{x^2}";

    @Test
    void aSecondBuildReadsTheSameImageWithoutDrawing(@TempDir Path dir) {
        MathRenderer.Image drawn = MathRenderer.svg("\\frac{a}{b}+\\sqrt{x^2}", true);
        AtomicInteger draws = new AtomicInteger();
        FormulaCache first = new FormulaCache(ContentCache.in(dir, FormulaCache.VERSION));
        assertEquals(drawn, first.get(KEY, drawn.fileName(), () -> {
            draws.incrementAndGet();
            return drawn;
        }));
        FormulaCache second = new FormulaCache(ContentCache.in(dir, FormulaCache.VERSION));
        MathRenderer.Image read = second.get(KEY, drawn.fileName(), () -> {
            draws.incrementAndGet();
            return drawn;
        });
        assertEquals(1, draws.get(), "the second build must not draw");
        assertEquals(drawn, read); // same SVG and the very same doubles: output independent of the cache
    }

    @Test
    void anotherVersionDoesNotReadOldEntries(@TempDir Path dir) {
        MathRenderer.Image drawn = MathRenderer.svg("x_1", false);
        new FormulaCache(ContentCache.in(dir, "old")).get("I:x_1", drawn.fileName(), () -> drawn);
        AtomicInteger draws = new AtomicInteger();
        new FormulaCache(ContentCache.in(dir, FormulaCache.VERSION)).get("I:x_1", drawn.fileName(), () -> {
            draws.incrementAndGet();
            return drawn;
        });
        assertEquals(1, draws.get());
    }

    @Test
    void aDamagedEntryIsDrawnAgainAndRepaired(@TempDir Path dir) throws IOException {
        MathRenderer.Image drawn = MathRenderer.svg("e^{i\\pi}", false);
        ContentCache store = ContentCache.in(dir, FormulaCache.VERSION);
        new FormulaCache(store).get("I:e^{i\\pi}", drawn.fileName(), () -> drawn);
        Path entry = store.file("I:e^{i\\pi}");
        String whole = Files.readString(entry);
        Files.writeString(entry, whole.substring(0, whole.length() / 2)); // a build killed mid-write elsewhere
        assertEquals(drawn, new FormulaCache(store).get("I:e^{i\\pi}", drawn.fileName(), () -> drawn));
        assertEquals(whole, Files.readString(entry));
    }

    @Test
    void parallelWritersLeaveOneWholeEntryAndNoTemporaryFiles(@TempDir Path dir) throws IOException {
        MathRenderer.Image drawn = MathRenderer.svg("\\sum_{i=1}^{n} i", true);
        ContentCache store = ContentCache.in(dir, FormulaCache.VERSION);
        Stream.generate(() -> new FormulaCache(store)).limit(16).parallel()
                .forEach(c -> c.get("D:\\sum_{i=1}^{n} i", drawn.fileName(), () -> drawn));
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(1, files.filter(Files::isRegularFile).count());
        }
        assertEquals(FormulaCache.encode(drawn), Files.readString(store.file("D:\\sum_{i=1}^{n} i")));
    }

    @Test
    void withoutAFolderNothingIsKept() {
        ContentCache none = ContentCache.none();
        none.put("k", "v");
        assertTrue(none.get("k").isEmpty());
    }
}
