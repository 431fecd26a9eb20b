package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.config.PageSize;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpdf.layout.breaker.BreakPoint;
import org.openpdf.layout.breaker.BreakPointsProvider;

/** The typesetting rules the print edition adds to the renderer, tested on small inputs. */
@Tag("fast")
class PrintRulesTest {

    private static List<Integer> breaks(String text) {
        BreakPointsProvider p = new CjkLineBreaking().getBreakPointsProvider(text, "zh", null);
        List<Integer> out = new ArrayList<>();
        for (BreakPoint b = p.next(); b.getPosition() != BreakPoint.getDonePoint().getPosition(); b = p.next()) {
            out.add(b.getPosition());
        }
        return out;
    }

    @Test
    void aLabelKeepsItsNumberAndANumberItsUnit() {
        String figure = "结构见图 1-3 所示";
        assertFalse(breaks(figure).contains(figure.indexOf('1')), "no break between 图 and 1-3: " + breaks(figure));
        String equation = "代入式 (3-2) 可得";
        assertFalse(breaks(equation).contains(equation.indexOf('(')), "no break between 式 and (3-2)");
        String unit = "至少需要 80 GB 显存";
        assertFalse(breaks(unit).contains(unit.indexOf('G')), "no break between 80 and GB");
        assertTrue(breaks(unit).contains(unit.indexOf('8')), "a break before the number stays possible: " + breaks(unit));
        String han = "提升约 3 倍";
        assertFalse(breaks(han).contains(han.indexOf('倍')), "no break between 3 and 倍");
    }

    @Test
    void theTextBlockIsAWholeNumberOfCharactersWide() {
        for (PageSize size : PageSize.PRESETS.values()) {
            PrintLayout layout = new PrintLayout(size, true);
            double chars = layout.textWidthMm() / 25.4 * 72 / layout.fontSizePt();
            assertEquals(Math.round(chars), chars, 1e-6, size + ": " + chars + " characters a line");
            assertEquals(layout.charsPerLine(), Math.round(chars));
            assertTrue(layout.outerMm() >= 10 && layout.outerMm() < layout.innerMm() + 8, size + ": outer margin " + layout.outerMm());
            assertTrue(layout.css().contains(String.format(java.util.Locale.ROOT, "%.3fmm", layout.outerMm())), "the margin is written exactly");
        }
    }

    @Test
    void chineseInItalicTextIsSetUpright() {
        Element body = Jsoup.parse("<pre><code><span class=\"tok-com\"># 相邻两维 (x[2i], x[2i+1]) 视为一个向量</span></code></pre>"
                + "<p class=\"ix-entry\"><span class=\"ix-see\">另见 KV Cache、分页</span></p><p><em>强调</em></p>").body();
        UprightCjk.apply(body);
        assertEquals(List.of("相邻两维", "视为一个向量"), body.select(".upright").eachText());
        assertTrue(body.select(".ix-see .upright").isEmpty(), "the index's 见 is upright in print.css: not split (a line began with its 、)");
        assertEquals("# 相邻两维 (x[2i], x[2i+1]) 视为一个向量", body.selectFirst(".tok-com").text(), "the text is unchanged");
        assertTrue(body.select("em .upright").isEmpty(), "em is set upright in print.css already");
    }
}
