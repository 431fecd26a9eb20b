package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpdf.pdf.ITextRenderer;

/**
 * The blank pages and page numbers written into the print document from one layout, and the index
 * measured alone: what lets the PDF writer lay the whole document out fewer times.
 */
@Tag("fast")
class PagePlanTest {
    private static final String CSS = "<style>@page { size: 100mm 100mm; margin: 10mm; }"
            + ".page-opener, .page-question { page-break-before: always; }"
            + ".blank-page { page-break-before: always; height: 1pt; }</style>";

    /** A contents page, then three clusters of one, two and one pages, the body counted from the first. */
    private static Document book() {
        return Jsoup.parse("<html><head>" + CSS + "</head><body>"
                + "<div class='page print-toc' id='print-toc'><p>A <span class='toc-page' data-target='c1'>000</span></p>"
                + "<p>B <span class='toc-page' data-target='c2'>000</span></p>"
                + "<p>C <span class='toc-page' data-target='c3'>000</span></p></div>"
                + "<div class='page-opener body-start'><section id='c1'><h1>A</h1><p>See <span class='xref-page' data-target='c3'"
                + " data-before='(page ' data-after=')'>(page 000)</span>.</p></section></div>"
                + "<div class='page-opener'><section id='c2'><h1>B</h1></section></div>"
                + "<div class='page-question'><p>more of B</p></div>"
                + "<div class='page-opener'><section id='c3'><h1>C</h1></section></div>"
                + "</body></html>");
    }

    private static ITextRenderer layOut(Document html) {
        ITextRenderer renderer = new ITextRenderer();
        renderer.setDocument(PrintDom.of(html), null);
        renderer.layout();
        return renderer;
    }

    private static PagePlan plan(Document html) {
        return new PagePlan(html, PrintDocument.openerIds(html), PrintDocument.tocTargets(html), true);
    }

    /** Where a layout of the document puts the openers and the contents. */
    private static Map<String, Integer> measure(ITextRenderer renderer, Document html) {
        List<String> measured = PagePlan.union(PagePlan.union(PrintDocument.openerIds(html), PrintDocument.tocTargets(html)), List.of("print-toc"));
        return PdfBookWriter.physicalPages(renderer, measured);
    }

    @Test
    void oneLayoutPlacesTheBlankPagesAndNumbersAndTheNextStandsStill() {
        Document html = book();
        PagePlan plan = plan(html);
        // Unplanned: A on page 2 and B on 3, left-hand pages once A has its blank page; C on 5.
        assertTrue(plan.apply(measure(layOut(html), html)));
        assertEquals(Set.of("c1", "c2"), plan.blanks());
        assertEquals(Map.of("print-toc", 1, "c1", 3, "c2", 5, "c3", 7), plan.placed());
        assertEquals(2, html.select("div.blank-page").size());
        assertEquals(List.of("1", "3", "5"), html.select(".toc-page").eachText());
        assertEquals("(page 5)", html.selectFirst(".xref-page").text());
        // The next layout measures what it carries: nothing to rewrite, no further layout.
        ITextRenderer planned = layOut(html);
        assertEquals(7, planned.getRootBox().getLayer().getPages().size());
        assertFalse(plan.apply(measure(planned, html)));
        assertEquals(3, plan.bodyStart());
        assertEquals(html.select("div.blank-page").size(), plan.blanks().size());
        for (String opener : plan.blanks()) {
            assertTrue(html.getElementById(opener).parent().previousElementSibling().hasClass("blank-page"), opener);
        }
    }

    @Test
    void theIndexAloneKeepsTheStylesAndTheBodyClassesAndLeavesTheDocumentWhole() {
        Document html = Jsoup.parse("<html lang='zh'><head>" + CSS + "</head><body class='script-cjk'><p id='before'>text</p>"
                + "<div class='page page-back print-index'><h1>Index</h1><table class='ix-page'><tbody><tr>"
                + "<td class='ix-col'><p class='ix-entry' id='ix-item-1'>a 1</p></td><td class='ix-gap'></td>"
                + "<td class='ix-col'><p class='ix-entry' id='ix-item-2'>b 2</p></td></tr></tbody></table></div></body></html>");
        Document alone = IndexColumns.alone(html);
        assertEquals("zh", alone.selectFirst("html").attr("lang"));
        assertTrue(alone.body().hasClass("script-cjk"));
        assertEquals(html.head().html(), alone.head().html());
        assertEquals(1, alone.body().childrenSize());
        assertEquals(2, alone.select(".print-index p[id^=ix-item-]").size());
        assertNull(alone.getElementById("before"));
        assertTrue(html.getElementById("before") != null && html.selectFirst(".print-index") != null, "the document is left whole");
        assertNull(IndexColumns.alone(Jsoup.parse("<html><body><p>no index</p></body></html>")));
    }

    /**
     * A locator whose line moved to another page when the numbers in the text were written changes only
     * the index: its numbers are written into the index's own document (taken out to be laid out last),
     * with no new painting of the rest. A moved cross-reference target is refused: the text shows it.
     */
    @Test
    void aMovedLocatorIsWrittenIntoTheIndexAloneAndAMovedCrossReferenceTargetIsRefused() {
        Document html = book();
        html.getElementById("c2").appendElement("p").appendElement("span").id("term-ix1").text("term");
        PagePlan plan = plan(html);
        Map<String, Integer> first = new java.util.LinkedHashMap<>(measure(layOut(html), html));
        first.put("term-ix1", first.get("c2"));
        assertTrue(plan.apply(first));
        int c2 = plan.placed().get("c2");
        Document index = Jsoup.parse("<html><body><div class='print-index'><p>term <span class='ix-pages' data-targets='term-ix1'>000</span></p></div></body></html>");

        // Painted: the term's line went to the page after its question's first (measured with blank pages as placed).
        Map<String, Integer> painted = new java.util.LinkedHashMap<>(plan.placed());
        painted.put("term-ix1", c2 + 1);
        assertTrue(plan.applyToIndex(painted, index));
        assertEquals(String.valueOf(c2 + 1 - plan.bodyStart() + 1), index.selectFirst(".ix-pages").text());
        assertEquals(c2 + 1, plan.placed().get("term-ix1"));
        assertFalse(plan.apply(painted), "the plan stands still: no second painting");

        // A cross-reference target that moved is printed in the text: refused, nothing written.
        Map<String, Integer> moved = new java.util.LinkedHashMap<>(plan.placed());
        moved.put("c3", moved.get("c3") + 2);
        moved.put("term-ix1", c2);
        String before = index.selectFirst(".ix-pages").text();
        assertFalse(plan.applyToIndex(moved, index));
        assertEquals(before, index.selectFirst(".ix-pages").text());
        assertEquals(c2 + 1, plan.placed().get("term-ix1"));
    }
}
