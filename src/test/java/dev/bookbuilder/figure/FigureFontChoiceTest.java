package dev.bookbuilder.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.bookbuilder.cache.ContentCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figure font's family is chosen once and remembered until the fonts change. */
@Tag("fast")
class FigureFontChoiceTest {
    @Test
    void theFirstChoiceIsJavasAndIsRemembered(@TempDir Path cache, @TempDir Path fonts) {
        ContentCache store = ContentCache.in(cache, FigureFontChoice.VERSION);
        assertEquals(FigureFont.choose(null), FigureFontChoice.of(null, store, List.of(fonts)));
        assertEquals(FigureFont.choose(null).family(), store.get(FigureFontChoice.key(null, List.of(fonts))).orElseThrow());
    }

    @Test
    void aRememberedChoiceIsReadWithoutAskingJava(@TempDir Path cache, @TempDir Path fonts) {
        ContentCache store = ContentCache.in(cache, FigureFontChoice.VERSION);
        store.put(FigureFontChoice.key("Wanted Sans", List.of(fonts)), "Remembered Sans");
        assertEquals(new FigureFont("Remembered Sans"), FigureFontChoice.of("Wanted Sans", store, List.of(fonts)));
    }

    @Test
    void aFontAddedOrChangedIsANewKey(@TempDir Path fonts) throws IOException {
        String before = FigureFontChoice.key(null, List.of(fonts));
        Path font = Files.writeString(fonts.resolve("Some.ttf"), "not really a font");
        String added = FigureFontChoice.key(null, List.of(fonts));
        assertNotEquals(before, added);
        Files.writeString(font, "not really a font, longer");
        assertNotEquals(added, FigureFontChoice.key(null, List.of(fonts)));
        assertNotEquals(FigureFontChoice.key(null, List.of(fonts)), FigureFontChoice.key("Other", List.of(fonts)));
    }
}
