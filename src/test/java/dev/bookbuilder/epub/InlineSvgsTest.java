package dev.bookbuilder.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Formulas inlined from their finished markup are the elements a whole parsed drawing would give. */
@Tag("fast")
class InlineSvgsTest {
    private static final String SVG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
            + " xmlns:jfreesvg=\"http://www.jfree.org/jfreesvg/svg\" width=\"40\" height=\"20\" viewBox=\"0 0 40 20\">"
            + "<g style=\"fill:currentColor;stroke:none\"><path d=\"M1.5,2L3,4Q5,6,7,8Z\" /></g>\n<text>a &amp; b &lt; c</text></svg>";
    private static final Map<String, String> MATH = Map.of("math/f.svg", SVG);

    private static String page(String extra) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><title>t</title></head>"
                + "<body><p>" + extra + "设 <img class=\"math math-inline\" src=\"math/f.svg\" alt=\"x &lt; y\" style=\"width:2.000em\"/> 与"
                + " <img class=\"math math-display\" src=\"math/f.svg\" alt=\"x\" style=\"width:2.000em\"/></p></body></html>";
    }

    private static String svgs(String xhtml) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(xhtml);
        while (m.find()) {
            out.append(m.group()).append('\n');
        }
        return out.toString();
    }

    @Test
    void finishedMarkupEqualsTheWholeParsedDrawing() {
        ReaderMarkup.Page fast = ReaderMarkup.apply(page(""), MATH);
        // A page whose own text holds the placeholder's marker takes the whole-element way.
        ReaderMarkup.Page whole = ReaderMarkup.apply(page("bookbuilder-svg-children:0 "), MATH);
        assertTrue(fast.svg() && whole.svg());
        String inlined = svgs(fast.xhtml());
        assertEquals(svgs(whole.xhtml()), inlined);
        assertEquals(2, inlined.split("<svg ", -1).length - 1, inlined);
        assertTrue(inlined.contains("viewBox=\"0 0 40 20\""), inlined);
        assertTrue(inlined.contains("<path d=\"M1.5,2L3,4Q5,6,7,8Z\" />"), inlined);
        assertTrue(inlined.contains("a &amp; b &lt; c"), inlined);
        assertFalse(fast.xhtml().contains("bookbuilder-svg-children"), fast.xhtml());
    }

    @Test
    void keptEntriesReadBackAndDamagedOnesAreMisses() {
        InlineSvgs.Svg svg = new InlineSvgs.Svg("0 0 4 2", "<g><path d=\"M0\" /></g>");
        assertEquals(svg, InlineSvgs.decode(InlineSvgs.encode(svg)).orElseThrow());
        assertTrue(InlineSvgs.decode("0 0 4 2\n<g><path d=\"M0").isEmpty(), "cut short");
        assertTrue(InlineSvgs.decode("no line").isEmpty());
    }
}
