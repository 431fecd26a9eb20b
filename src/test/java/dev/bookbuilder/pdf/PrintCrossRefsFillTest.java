package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Page numbers written into cross-references keep the punctuation that was moved into the link. */
@Tag("fast")
class PrintCrossRefsFillTest {
    private static Document page(String paragraph) {
        Document doc = Jsoup.parse("<html lang=\"zh-CN\"><body class=\"script-cjk\"><section class=\"page\"><p>" + paragraph
                + "</p></section><section class=\"page\"><h2 id=\"mha\">Multi-Head Attention</h2></section></body></html>");
        PrintCrossRefs.mark(doc.body());
        PrintPunctuation.keepWithNeighbours(doc.body());
        PrintPunctuation.holdLastCharacters(doc.body());
        PunctuationCompression.apply(doc.body());
        return doc;
    }

    /** The paragraph's text, any kind of space read as one. */
    private static String text(Document doc) {
        return doc.selectFirst("p").wholeText().replaceAll("[\\s\u00a0\u2009]+", " ");
    }

    @Test
    void theClosingBracketAndColonAfterALinkInBracketsStay() {
        Document doc = page("矩阵（不改变总量，见 <a class=\"xref\" href=\"#mha\">Multi-Head Attention</a>）：");
        PrintCrossRefs.fill(doc, Map.of("mha", "12"));
        assertEquals("矩阵（不改变总量，见 Multi-Head Attention，第 12 页）：", text(doc));
    }

    @Test
    void theGapAfterALatinWordGoesWhenThePageNoteEndsWithABracket() {
        Document doc = page("<a class=\"xref\" href=\"#mha\">Self-Attention</a>\u2009拆开 Q、K、V");
        PrintCrossRefs.fill(doc, Map.of("mha", "8"));
        assertEquals("Self-Attention（第 8 页）拆开 Q、K、V", text(doc));
    }

    @Test
    void aSecondPassRewritesTheNumberAndKeepsTheRest() {
        Document doc = page("详见 <a class=\"xref\" href=\"#mha\">Multi-Head Attention</a>。");
        PrintCrossRefs.fill(doc, Map.of("mha", "9"));
        PrintCrossRefs.fill(doc, Map.of("mha", "112"));
        assertEquals("详见 Multi-Head Attention（第 112 页）。", text(doc));
    }
}
