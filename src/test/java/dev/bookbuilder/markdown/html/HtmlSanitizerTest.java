package dev.bookbuilder.markdown.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Raw HTML as people write it, broken or hostile: the sanitiser never throws and never lets script through. */
class HtmlSanitizerTest {

    @ParameterizedTest
    @ValueSource(strings = {"<", "<>", "</>", "<img", "<img src=>", "<img src='x.png' onerror=alert(1)>", "<div><div><p>", "</div></p></span>",
        "<table><td>x", "<svg><script>alert(1)</script></svg>", "<a href=javascript:alert(1)>x</a>", "<IMG SRC=\"x.png\" ALT=\"大写\">",
        "<p align=\"centre\">拼错</p>", "<details open><summary>s</summary>", "<!-- c --><br/>", "<style>p{}</style>", "<math><mi>x</mi></math>",
        "<img src=\"a.png\" alt=\"&lt;&amp;&gt;\" width=\"120%\">", "<center>\n<img src=\"x.png\">\n"})
    void neverThrowsAndNeverKeepsScript(String raw) {
        HtmlSanitizer.Result r = HtmlSanitizer.sanitize(raw);
        for (HtmlSanitizer.Part part : r.parts()) {
            if (part instanceof HtmlSanitizer.Markup m) {
                String html = m.html().toLowerCase(java.util.Locale.ROOT);
                assertFalse(html.contains("<script") || html.contains("javascript:") || html.contains("onerror") || html.contains("<style")
                        || html.contains("style="), raw + " -> " + m.html());
            } else if (part instanceof HtmlSanitizer.Img img) {
                assertTrue(img.offset() >= 0 && img.offset() + img.length() <= raw.length(), raw);
            }
        }
    }

    /** docsify's ui-kit page writes {@code <figcaption>1<figcaption>}: nested captions made 40 EPUBCheck errors (RSC-005). */
    @Test
    void aCaptionInsideACaptionIsLeftOutWithAWarning() {
        HtmlSanitizer.Result r = HtmlSanitizer.sanitize("<figure>\n<div></div>\n<figcaption>1<figcaption>\n</figure>");
        String html = r.parts().stream().filter(p -> p instanceof HtmlSanitizer.Markup).map(p -> ((HtmlSanitizer.Markup) p).html())
                .collect(java.util.stream.Collectors.joining());
        assertEquals(1, html.split("<figcaption", -1).length - 1, html);
        assertEquals(1, r.warnings().size(), r.warnings().toString());
    }

    @Test
    void aCentredImageWithACaptionParagraphIsAFigure() {
        HtmlSanitizer.Result r = HtmlSanitizer.sanitize("<div align=\"center\"><img src=\"x.png\" alt=\"x\"><p>Figure 2.1: 结构</p></div>");
        assertTrue(r.figure());
        List<HtmlSanitizer.Img> images = r.parts().stream().filter(p -> p instanceof HtmlSanitizer.Img).map(p -> (HtmlSanitizer.Img) p).toList();
        assertEquals("结构", images.get(0).caption());
        assertEquals("100%", HtmlAllowList.cssWidth("120%"));
    }
}
