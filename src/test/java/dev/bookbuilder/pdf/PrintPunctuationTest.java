package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A citation keeps the words before it on its line; no word space is printed inside a Chinese sentence. */
@Tag("fast")
class PrintPunctuationTest {

    private static Element paragraph(String html) {
        Element body = Jsoup.parse("<html><body><p>" + html + "</p></body></html>").body();
        PrintPunctuation.keepWithNeighbours(body);
        return body.selectFirst("p");
    }

    private static String cite(int n) {
        return "<span class=\"citation\">[<a href=\"#r" + n + "\">" + n + "</a>]</span>";
    }

    /** What the unbreakable citation holds, as text. */
    private static String held(Element p) {
        return p.selectFirst("span.citation").text();
    }

    @Test
    void theCharacterBeforeACitationMovesIntoItAndTheTypedSpaceGoes() {
        Element p = paragraph("只用注意力来建模序列 " + cite(8) + "，它最大的特点是并行。");
        assertEquals("列[8]，", held(p));
        assertEquals("只用注意力来建模序列[8]，它最大的特点是并行。", p.text());
    }

    @Test
    void atAParagraphsEndTwoCharactersGoWithTheCitation() {
        Element p = paragraph("这正是后来改用 Pre-LN 的原因之一 " + cite(14) + "。");
        assertEquals("之一[14]。", held(p));
    }

    @Test
    void aClosingBracketTakesTheWordItClosesAndALatinWordKeepsItsSpace() {
        assertEquals("高）[18]，", held(paragraph("只有一项略高） " + cite(18) + "，说明数据同样重要。")));
        assertEquals("13B [18]，", held(paragraph("超过了 Llama 2 13B " + cite(18) + "，说明数据同样重要。")));
    }

    @Test
    void aUnitKeepsItsNumberAndAnAddressIsNotCarried() {
        assertEquals("4.5 倍[126]。", held(paragraph("在 A100 上约 4.5 倍 " + cite(126) + "。")));
        assertEquals("80 GB [347]，", held(paragraph("显存为 80 GB " + cite(347) + "，足够。")));
        assertEquals("[3]", held(paragraph("见 https://example.org/a/very/long/path/to/something " + cite(3))));
    }

    @Test
    void aTermOrFormulaBeforeTheCitationIsHeldWithIt() {
        Element p = paragraph("换成了 <span class=\"ix\">RMSNorm</span> " + cite(13) + "，Mistral 也沿用。");
        assertEquals("RMSNorm [13]，", held(p));
    }

    @Test
    void noSpaceIsPrintedBetweenChineseTextAndALinkOrEmphasis() {
        Element p = paragraph("完整算法见 <a href=\"#x\">参数量计算<span class=\"xref-page\">（第 39 页）</span></a> 这里，"
                + "<strong>注意力</strong> 让每个词，见 <a href=\"#y\">KV Cache</a> 一节。");
        assertEquals("完整算法见参数量计算（第 39 页）这里，注意力让每个词，见 KV Cache 一节。", p.text());
    }

    @Test
    void codeKeepsItsSpaces() {
        Element p = paragraph("<code>打印 结果</code> 之后");
        assertEquals("打印 结果 之后", p.text());
    }

    @Test
    void aHyphenatedNameInATableCellIsHeldWhole() {
        Element body = Jsoup.parse("<html><body><table><tr><td>TensorRT-LLM 与 in-flight batching，AWQ/GPTQ/FP8</td>"
                + "<td><code>a-b</code> Retrieval-Augmented-Generation-Models</td></tr></table></body></html>").body();
        PrintPunctuation.keepWithNeighbours(body);
        assertEquals(java.util.List.of("TensorRT-LLM", "in-flight", "AWQ/GPTQ/FP8"), body.select("td .nobr").eachText());
        assertEquals("TensorRT-LLM 与 in-flight batching，AWQ/GPTQ/FP8", body.selectFirst("td").text());
    }

    @Test
    void aSlashAfterATermInACellStaysOnTheTermsLine() {
        Element body = Jsoup.parse("<html><body><table><tr><td>HF 权重；<span class=\"index-auto\">AWQ</span>/<span class=\"index-auto\">GPTQ</span>/FP8"
                + "</td></tr></table></body></html>").body();
        PrintPunctuation.keepWithNeighbours(body);
        assertEquals(java.util.List.of("AWQ/", "GPTQ/"), body.select("td span.index-auto").eachText());
        assertEquals("HF 权重；AWQ/GPTQ/FP8", body.selectFirst("td").text());
    }
}
