package dev.bookbuilder.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.diag.Diagnostics;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import dev.bookbuilder.i18n.Labels;
import org.junit.jupiter.api.Tag;

/** The chart vocabulary, read and drawn: every type, log axes, annotations, greyscale-safe series. */
@Tag("fast")
class ChartsTest {
    private static final FigureFont FONT = FigureFont.choose(null);
    private static final Labels ZH = Labels.of("zh-CN");
    private static final Path FILE = Path.of("chapters/01-a/01-q.md");

    private static ChartSpec spec(String yaml) {
        Diagnostics d = new Diagnostics();
        Optional<ChartSpec> s = ChartSpecParser.parse(yaml, FILE, 10, d);
        assertEquals(List.of(), d.sorted(), yaml);
        return s.orElseThrow();
    }

    @Test
    void aBarChartKeepsItsOrderAndItsSources() {
        ChartSpec s = spec("type: bar\nunit: GB\nsource: \"[@a2020; @b-c:2]\"\ndata:\n  乙: 2\n  甲: 1,000\n");
        assertEquals(List.of("乙", "甲"), s.categories());
        assertEquals(List.of(2.0, 1000.0), s.series().get(0).values());
        assertEquals(List.of("a2020", "b-c:2"), s.sources().stream().map(p -> p.value()).toList());
        assertEquals(12, s.sources().get(0).position().line(), "the source line in the file");
    }

    @Test
    void everyTypeDrawsAsOutlinedSvg() {
        List<String> charts = List.of(
                "type: bar\ndata: {A: 1, B: 2}",
                "type: hbar\ndata: {很长的一个类别名称: 1, B: 2}",
                "type: grouped-bar\ncategories: [GSM8K, MATH]\nseries:\n  - {name: 标准, values: [17.9, 8.8]}\n  - {name: 思维链, values: [56.9, 33.6]}\nannotations:\n  - {category: GSM8K, text: 约 3 倍}",
                "type: line\nx: {label: 参数量, unit: B, log: true}\ny: {label: 准确率, unit: \"%\"}\nseries:\n  - {name: A, points: [[1, 10], [10, 20], [100, 40]]}\n  - {name: B, points: [[1, 12], [10, 30], [100, 60]]}\nannotations:\n  - {x: 100, y: 60, text: 最大模型}",
                "type: scatter\nseries:\n  - {name: 模型, points: [[1, 2], [3, 4]]}");
        for (String yaml : charts) {
            String svg = ChartDrawer.draw(spec(yaml), FONT, ZH);
            assertTrue(svg.startsWith("<svg"), yaml);
            assertFalse(svg.contains("<text"), "text is outlines: " + yaml);
            assertTrue(svg.length() > 2000, "something is drawn: " + yaml);
        }
    }

    @Test
    void longOrManyLabelsTurnBarsHorizontal() {
        assertFalse(ChartDrawer.horizontal(spec("type: bar\ndata: {A: 1, B: 2}")));
        assertTrue(ChartDrawer.horizontal(spec("type: bar\ndata: {LLaMA / Llama 2 (2023): 1, B: 2}")));
        assertTrue(ChartDrawer.horizontal(spec("type: bar\ndata: {A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7}")));
        assertFalse(ChartDrawer.horizontal(spec("type: grouped-bar\ncategories: [A, B, C]\nseries:\n  - {name: x, values: [1, 2, 3]}\n  - {name: y, values: [1, 2, 3]}")));
        assertTrue(ChartDrawer.horizontal(spec("type: grouped-bar\ncategories: [A, B, C, D, E]\nseries:\n  - {name: x, values: [1, 2, 3, 4, 5]}\n  - {name: y, values: [1, 2, 3, 4, 5]}")),
                "ten bars side by side leave no room for their values");
    }

    @Test
    void aSeriesWithoutANameIsNamedInTheBooksLanguage() {
        // Text is drawn as outlines, so the legend is compared by drawing: the default name is the only difference.
        ChartSpec unnamed = spec("type: line\nseries:\n  - {points: [[1, 2], [3, 4]]}\n  - {points: [[1, 3], [3, 1]]}");
        ChartSpec named = spec("type: line\nseries:\n  - {name: A, points: [[1, 2], [3, 4]]}\n  - {name: B, points: [[1, 3], [3, 1]]}");
        Labels en = Labels.of("en");
        assertFalse(ChartDrawer.draw(unnamed, FONT, ZH).equals(ChartDrawer.draw(unnamed, FONT, en)), "系列1 in Chinese, Series 1 in English");
        assertEquals(ChartDrawer.draw(named, FONT, ZH), ChartDrawer.draw(named, FONT, en), "a named series is named by its book");
        assertEquals("Series 2", en.format("chart.series", 2));
        assertEquals("系列\u20092", ZH.format("chart.series", 2));
    }

    @Test
    void sameChartSameBytes() {
        ChartSpec s = spec("type: grouped-bar\ncategories: [a, b]\nseries:\n  - {name: x, values: [1, 2]}\n  - {name: y, values: [2, 1]}");
        assertEquals(ChartDrawer.draw(s, FONT, ZH), ChartDrawer.draw(s, FONT, ZH), "reproducible builds need deterministic SVG");
    }

    @Test
    void seriesColoursStayApartInGrey() {
        for (int i = 0; i + 1 < FigureStyle.SERIES.size(); i++) {
            for (int j = i + 1; j < FigureStyle.SERIES.size(); j++) {
                double d = Math.abs(grey(FigureStyle.series(i)) - grey(FigureStyle.series(j)));
                assertTrue(d > 0.05 || (i % 4 != j % 4), "series " + i + " and " + j + " differ in grey or in hatching");
            }
        }
        assertTrue(Math.abs(grey(FigureStyle.series(0)) - grey(FigureStyle.series(1))) > 0.2, "the first two series differ clearly in grey");
    }

    @Test
    void aLogAxisRefusesZero() {
        Diagnostics d = new Diagnostics();
        assertTrue(ChartSpecParser.parse("type: line\ny: {log: true}\nseries:\n  - {name: a, points: [[1, 0]]}", FILE, 1, d).isEmpty());
        assertEquals("bad-chart", d.sorted().get(0).code());
    }

    private static double grey(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255.0;
    }
}
