package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A figure floats down past the text that fills the hole it left, with its caption, once; or is fitted to the hole, once. */
@Tag("fast")
class FigureFloatTest {
    @Test
    void theFigureAndItsCaptionFollowTheBlocksThatFillTheHole() {
        Element body = Jsoup.parse("<p>a</p><div class=\"figure-drawing\">F</div><p class=\"caption\">图 1-1</p><p>b</p><ul><li>c</li></ul>"
                + "<h3>d</h3>").body();
        Element figure = body.selectFirst(".figure-drawing");
        assertTrue(FigureFloat.moveDown(figure, 2));
        assertEquals("p ul div p h3", body.children().stream().skip(1).map(Element::tagName).reduce((x, y) -> x + " " + y).orElseThrow());
        assertEquals("图 1-1", figure.nextElementSibling().text());
        assertFalse(FigureFloat.moveDown(figure, 1), "a figure moves once: the layouts after it cannot send it further");
    }

    @Test
    void aFigureFittedToTheHoleIsDrawnAtThatHeightAndStaysOnThePage() {
        Element body = Jsoup.parse("<p>a</p><div class=\"figure-drawing pe-break\"><img src=\"figures/f.svg\" alt=\"\"></div>").body();
        Element figure = body.selectFirst(".figure-drawing");
        assertTrue(FigureFloat.fit(figure, 300));
        assertEquals("300", figure.selectFirst("img").attr(VectorElements.PRINT_HEIGHT));
        assertFalse(figure.hasClass(PageEnds.BREAK), "the page break that sent it overleaf is taken back");
        assertFalse(FigureFloat.fit(figure, 250), "a figure is fitted once");
        assertEquals("300", figure.selectFirst("img").attr(VectorElements.PRINT_HEIGHT));
    }
}
