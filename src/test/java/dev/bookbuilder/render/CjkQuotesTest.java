package dev.bookbuilder.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Straight quotes curl in Chinese text, and only there. */
@Tag("fast")
class CjkQuotesTest {

    private static String curled(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        CjkQuotes.apply(doc.body());
        return doc.body().html();
    }

    @Test
    void pairsInChineseTextCurl() {
        assertEquals("<p>所谓“注意力”就是‘加权’求和</p>", curled("<p>所谓\"注意力\"就是'加权'求和</p>"));
        // Across inline elements of one paragraph, the pair is still a pair.
        assertEquals("<p>他说“<em>KV Cache</em> 很大”。</p>", curled("<p>他说\"<em>KV Cache</em> 很大\"。</p>"));
    }

    @Test
    void neverInCodeMathUrlsOrAttributes() {
        assertEquals("<p title=\"a &quot;b&quot;\">用 <code>print(\"x\")</code> 和 “y”</p>",
                curled("<p title=\"a &quot;b&quot;\">用 <code>print(\"x\")</code> 和 \"y\"</p>"));
        assertEquals("<pre>中文 \"x\"</pre>", curled("<pre>中文 \"x\"</pre>"));
        assertEquals("<p>见 <a href=\"https://a.b/?q=&quot;x&quot;\">https://a.b/?q=\"x\"</a> 中文</p>",
                curled("<p>见 <a href=\"https://a.b/?q=&quot;x&quot;\">https://a.b/?q=\"x\"</a> 中文</p>"));
    }

    @Test
    void englishTextApostrophesAndUnpairedQuotesStay() {
        assertEquals("<p>He said \"hi\" and 'bye'.</p>", curled("<p>He said \"hi\" and 'bye'.</p>"));
        assertEquals("<p>模型的 it's 与 “x”</p>", curled("<p>模型的 it's 与 \"x\"</p>"));
        assertEquals("<p>只有一个\"引号</p>", curled("<p>只有一个\"引号</p>"));
        // Each block pairs its own quotes: a Chinese paragraph does not curl the English one after it.
        assertEquals("<p>中文“甲”</p><p>English \"b\"</p>", curled("<p>中文\"甲\"</p><p>English \"b\"</p>"));
    }
}
