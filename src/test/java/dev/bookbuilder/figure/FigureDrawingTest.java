package dev.bookbuilder.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.bookbuilder.i18n.Labels;
import org.junit.jupiter.api.Tag;

/** Figures are drawn once per content, cached across builds, and abandoned when too slow. */
@Tag("fast")
class FigureDrawingTest {
    private static final FigureBlock DIAGRAM = new FigureBlock(FigureBlock.Kind.PLANTUML, "A -> B : 你好", "问候",
            Path.of("q.md"), 7, null);

    @Test
    void aRebuildTakesUnchangedFiguresFromTheCache(@TempDir Path cache) throws IOException {
        FigureDrawing drawing = new FigureDrawing(FigureStyle.house(), FigureFont.choose(null), Labels.of("zh-CN"), FigureCache.in(cache), 60_000);
        Map<String, Figure> first = drawing.draw(Map.of("a", DIAGRAM, "b", DIAGRAM), new Diagnostics());
        assertEquals(first.get("a").fileName(), first.get("b").fileName(), "the same source is one figure");
        List<Path> files;
        try (Stream<Path> s = Files.list(cache)) {
            files = s.toList();
        }
        assertEquals(1, files.size(), "drawn once");
        // Mark the cached drawing: a second build that returns the mark did not draw again.
        Files.writeString(files.get(0), first.get("a").svg().replaceFirst("<svg", "<svg data-cached=\"yes\""));
        Figure again = drawing.draw(Map.of("a", DIAGRAM), new Diagnostics()).get("a");
        assertTrue(again.svg().contains("data-cached=\"yes\""));
    }

    @Test
    void aFigureThatTakesTooLongIsReportedAndLeftAsCode() {
        Diagnostics diags = new Diagnostics();
        FigureBlock slow = new FigureBlock(FigureBlock.Kind.PLANTUML, "A -> B : 慢 " + System.nanoTime(), "慢", Path.of("q.md"), 7, null);
        Map<String, Figure> out = new FigureDrawing(FigureStyle.house(), FigureFont.choose(null), Labels.of("zh-CN"), FigureCache.none(), 0).draw(Map.of("a", slow), diags);
        assertTrue(out.isEmpty());
        assertEquals("figure-timeout", diags.sorted().get(0).code());
        assertEquals(7, diags.sorted().get(0).line());
    }
}
