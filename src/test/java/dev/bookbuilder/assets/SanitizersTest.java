package dev.bookbuilder.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.edition.EditionAssembler;
import dev.bookbuilder.source.SourceLoader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The CSS and SVG allow-lists keep drawing and styling, and nothing that acts or fetches. */
@Tag("fast")
class SanitizersTest {

    @Test
    void cssLosesImportsAndOutsideUrlsAndKeepsTheRest() {
        CssSanitizer.Result r = CssSanitizer.clean("@import url(x.css);\np { color: red; background: url(http://a/b.png) no-repeat; margin: 0 }\n"
                + ".c { clip-path: url(#c); background: url(data:image/png;base64,AAAA) }\n/* url(http://x) */ a { content: \"url(http://y)\" }\n");
        assertEquals("\np { color: red; margin: 0 }\n.c { clip-path: url(#c); background: url(data:image/png;base64,AAAA) }\n"
                + " a { content: \"url(http://y)\" }\n", r.css());
        assertEquals(List.of(new CssSanitizer.Removal(1, 1, "@import url(x.css);"), new CssSanitizer.Removal(2, 29, "url(http://a/b.png)")),
                r.removed());
    }

    @Test
    void svgKeepsItsDrawingAndLosesWhatActsOrFetches() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:inkscape=\"x\" viewBox=\"0 0 9 9\""
                + " onload=\"a()\"><defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/></linearGradient></defs>"
                + "<script>b()</script><rect inkscape:label=\"r\" fill=\"url(#g)\" width=\"9\" height=\"9\"/><use xlink:href=\"#g\"/>"
                + "<image xlink:href=\"http://x/i.png\"/><text x=\"1\">中文 &amp; &lt;</text></svg>";
        SvgSanitizer.Result r = SvgSanitizer.clean(svg.getBytes(StandardCharsets.UTF_8));
        String out = new String(r.svg(), StandardCharsets.UTF_8);
        assertTrue(out.contains("<rect fill=\"url(#g)\" height=\"9\" width=\"9\"></rect>"), out);
        assertTrue(out.contains("<use xlink:href=\"#g\"></use>") && out.contains("<text x=\"1\">中文 &amp; &lt;</text>"), out);
        assertFalse(out.contains("script") || out.contains("onload") || out.contains("http://x") || out.contains("inkscape"), out);
        assertEquals(List.of("the event handler onload", "a <script> element", "a reference to http://x/i.png"), r.removed());
    }

    @Test
    void anSvgThatDeclaresEntitiesIsRefusedUnexpanded() {
        SvgSanitizer.Result r = SvgSanitizer.clean(("<!DOCTYPE svg [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&e;</text></svg>").getBytes(StandardCharsets.UTF_8));
        assertNotNull(r.error());
        assertEquals(null, r.svg());
    }

    @Test
    void everyIdThePackageGivesItsOwnFilesIsReserved() {
        for (String id : List.of(EditionAssembler.TITLE_PAGE_ID, EditionAssembler.COLOPHON_ID, EditionAssembler.CONTENTS_ID,
                EditionAssembler.PLAN_ID, EditionAssembler.INDEX_ID, EditionAssembler.REFERENCES_ID)) {
            assertTrue(SourceLoader.RESERVED_IDS.contains(id), id);
        }
        assertTrue(SourceLoader.RESERVED_ID_PATTERN.matcher("img12").matches() && SourceLoader.RESERVED_ID_PATTERN.matcher("figure3").matches());
    }
}
