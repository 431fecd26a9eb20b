package dev.bookbuilder.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/** PlantUML as a library: outlined text, the built-in layout engine, the sandbox, positioned errors. */
@Tag("fast")
class DiagramDrawerTest {
    private static final FigureFont FONT = FigureFont.choose(null);

    @Test
    void aDiagramIsAnSvgWhoseTextIsOutlines() {
        DiagramDrawer.Result r = DiagramDrawer.draw("start\n:读入提示词;\n:生成 token;\nstop", FigureStyle.house(), FONT);
        assertTrue(r.ok(), r.problem());
        assertTrue(r.svg().startsWith("<svg"), r.svg().substring(0, 40));
        assertFalse(r.svg().contains("<text"), "no text element: a reader without Chinese fonts still reads it");
        assertTrue(r.svg().contains("<path"), "glyphs are paths");
        assertFalse(r.svg().contains("<!--"), "no comments");
        assertTrue(r.svg().matches("(?s)<svg[^>]*\\swidth=\"[0-9.]+px\".*"), "a natural size");
    }

    @Test
    void classAndComponentDiagramsLayOutWithoutGraphviz() {
        for (String source : new String[] {"class 请求 {\n+id\n}\n请求 --> 响应", "[检索器] --> [生成器]", "[*] --> 空闲\n空闲 --> 运行 : 开始"}) {
            DiagramDrawer.Result r = DiagramDrawer.draw(source, FigureStyle.house(), FONT);
            assertTrue(r.ok(), source + ": " + r.problem());
            assertFalse(r.svg().contains("Dot Executable") || r.svg().contains("Graphviz"), "laid out by the built-in engine: " + source);
        }
    }

    @Test
    void includesOfFilesAndUrlsAreRefused() {
        for (String include : new String[] {"!include /etc/hostname", "!includeurl http://127.0.0.1:9/x.puml"}) {
            DiagramDrawer.Result r = DiagramDrawer.draw("@startuml\n" + include + "\nA -> B\n@enduml", FigureStyle.house(), FONT);
            assertFalse(r.ok(), include + " must not be read");
            assertEquals(2, r.line(), "the include's line in the block");
        }
    }

    @Test
    void aSyntaxErrorNamesItsLineInTheBlock() {
        DiagramDrawer.Result wrapped = DiagramDrawer.draw("Alice -> Bob : 你好\n这不是语法\n", FigureStyle.house(), FONT);
        assertFalse(wrapped.ok());
        assertEquals(2, wrapped.line());
        DiagramDrawer.Result whole = DiagramDrawer.draw("@startuml\nAlice -> Bob\nAlice -> Bob\n这不是语法\n@enduml", FigureStyle.house(), FONT);
        assertEquals(4, whole.line());
    }

    @Test
    void scriptsAndLinksOutAreStripped() {
        String svg = SvgOutlines.outline("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10px\" height=\"10px\" onload=\"alert(1)\">"
                + "<script>alert(1)</script><a href=\"https://example.com\"><rect width=\"5\" height=\"5\"/></a>"
                + "<image href=\"http://example.com/x.png\" width=\"1\" height=\"1\"/><text x=\"1\" y=\"9\" font-size=\"8\">甲</text></svg>", FONT);
        assertFalse(svg.contains("script") || svg.contains("onload") || svg.contains("example.com") || svg.contains("<a") || svg.contains("<image"), svg);
        assertTrue(svg.contains("<rect"), "the link's content stays");
    }

    @Test
    void pathCoordinatesAreShortAndExact() {
        assertEquals("12.5", SvgOutlines.num(12.5));
        assertEquals("-3", SvgOutlines.num(-3.004));
        assertEquals("0.07", SvgOutlines.num(0.0701));
        assertEquals("0", SvgOutlines.num(-0.004));
        assertEquals("1024.1", SvgOutlines.num(1024.1));
    }
}
