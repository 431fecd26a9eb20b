package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Adjacent full-width punctuation is set half-width, held with its neighbours, never in code. */
@Tag("fast")
class PunctuationCompressionTest {

    private static Element body(String html) {
        Element body = Jsoup.parse("<html><body>" + html + "</body></html>").body();
        PunctuationCompression.apply(body);
        return body;
    }

    @Test
    void aMarkFollowedByAnotherLosesItsBlankHalfAndIsHeldWithTheCharacterBefore() {
        Element p = body("<p>他说，“好的”。然后（见上）。</p>").selectFirst("p");
        assertEquals("他<span class=\"nobr\">说<span class=\"pc-half\">，</span>“好</span><span class=\"nobr\">"
                + "的<span class=\"pc-half\">”</span>。</span>然后（见<span class=\"nobr\">上<span class=\"pc-half\">）</span>。</span>",
                p.html().replace("\n", ""));
    }

    @Test
    void openingMarksRunWithTheCharacterAfterAndThreeMarksLoseTwoHalves() {
        Element p = body("<p>看（“注意力”）。</p>").selectFirst("p");
        assertEquals(4, p.select(".pc-half").size() + 1); // （ “ ” ） compressed except the last of each run
        assertEquals("看（“注意力”）。", p.text());
        p.select(".nobr").forEach(n -> {
            String t = n.text();
            // each held run starts with a character or an opening mark, and ends with a character or a closing mark
            assertEquals(false, "，。、；：）」』》】〉”’".indexOf(t.charAt(0)) >= 0, t);
            assertEquals(false, "（「『《【〈“‘".indexOf(t.charAt(t.length() - 1)) >= 0, t);
        });
    }

    @Test
    void heldTextGetsOnlyTheHalfMarksAndCodeIsLeftAlone() {
        Element body = body("<p>结<span class=\"hold\">束。”</span></p><pre><code>a = \"，“\"</code></pre><p><code>f(x)，“</code></p>");
        assertEquals("<span class=\"pc-half\">。</span>”", body.selectFirst(".hold").html().replace("\n", "").replace("束", ""));
        assertEquals(0, body.select("pre .pc-half, code .pc-half").size());
    }

    @Test
    void punctuationAfterANoteMarkerIsNotRaisedAndAfterDeletedTextNotStruckThrough() {
        Element p = Jsoup.parse("<p>脚注在此<sup id=\"r1\"><a href=\"#n1\">1</a></sup>。<del>删除线</del>，后文</p>").selectFirst("p");
        PrintPunctuation.keepWithNeighbours(p);
        assertEquals("。", p.selectFirst("sup").parent().ownText().substring(1)); // 此 … 。 held around the marker
        assertEquals("1", p.selectFirst("sup").text());
        assertEquals("此1。", p.selectFirst("sup").parent().text());
        assertEquals("删除线", String.join("", p.select("del").eachText()));
        p.select("del").forEach(d -> assertEquals(false, d.text().contains("，"), d.outerHtml()));
        assertEquals("脚注在此1。删除线，后文", p.text().replace(" ", ""));
    }

    @Test
    void aRunAcrossAnElementEndIsCompressedToo() {
        Element p = body("<p><strong>读懂模型名字。</strong>“7B”是</p>").selectFirst("p");
        assertEquals("读懂模型名<span class=\"nobr\">字<span class=\"pc-half\">。</span></span>", p.selectFirst("strong").html().replace("\n", ""));
    }

    @Test
    void aNumberStaysWithItsUnitInAHeldRun() {
        Element p = body("<p>存在固定的“10\u2009倍”。代价</p>").selectFirst("p");
        assertEquals("“10\u2009倍”。", p.selectFirst(".nobr").text().replace(" ", "\u2009"), "the opening quote comes along too");
    }

    @Test
    void anOpeningBracketBeforeTheHeldWordsJoinsThem() {
        // "降到 1.944（65k 步），": the held run takes "65k 步" with it; the bracket before may not end a line alone.
        Element p = body("<p>降到 1.944（65k\u2009步），PaLM 采用</p>").selectFirst("p");
        assertEquals("（65k\u2009步），", p.selectFirst(".nobr").text().replace(" ", "\u2009"));
    }
}
