package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpdf.pdf.ITextRenderer;

/** A relayout of only the parts that changed tells where every element falls, as a layout of the whole does. */
@Tag("fast")
class PartLayoutsTest {
    private static final List<String> MEASURED = List.of("cover", "q1", "q2", "q2-end", "q3", "q3-end");

    @Test
    void aPartThatRunsOnFromThePageBeforeMakesEveryRelayoutWhole() {
        Document html = book();
        html.select(".page-question").last().attr("style", "page-break-before: auto");
        PartLayouts parts = new PartLayouts(html, MEASURED);
        parts.record(layOut(PrintDom.of(html)), parts.all());
        assertTrue(!parts.partwise());
        assertEquals(parts.all(), parts.changed());
    }

    private static Document book() {
        StringBuilder q2 = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            q2.append("<p").append(i == 2 ? " id='mend'" : "").append(">paragraph ").append(i).append("</p>");
        }
        return Jsoup.parse("<html><head><style>@page { size: 80mm 60mm; margin: 8mm; } p { margin: 0; line-height: 12pt; }"
                + ".page-cover, .page-question { page-break-before: always; } .pe-break { page-break-before: always; }</style></head><body>"
                + "<div class='rh-book'>Book</div><div class='page-cover'><h1 id='cover'>Cover</h1></div>"
                + "<div class='page-question'><p id='q1'>one</p></div>"
                + "<div class='page-question'><p id='q2'>two</p>" + q2 + "<p id='q2-end'>end of two</p></div>"
                + "<div class='page-question'><p id='q3'>three</p><p>more</p><p id='q3-end'>end of three</p></div>"
                + "</body></html>");
    }

    private static ITextRenderer layOut(org.w3c.dom.Document dom) {
        ITextRenderer renderer = new ITextRenderer();
        renderer.setDocument(dom, null);
        renderer.layout();
        return renderer;
    }

    @Test
    void aMendedPartLaidOutAloneMovesWhatFollowsItAsAWholeLayoutDoes() {
        Document html = book();
        PartLayouts parts = new PartLayouts(html, MEASURED);
        ITextRenderer whole = layOut(PrintDom.of(html));
        assertEquals(4, parts.all().cardinality(), "the cover and three questions");
        parts.record(whole, parts.all());
        assertEquals(PdfBookWriter.physicalPages(whole, MEASURED), parts.physicalPages());
        assertTrue(parts.partwise(), "every part began a page");

        html.getElementById("mend").addClass("pe-break"); // as PageEnds marks a box to start a page
        BitSet changed = parts.changed();
        BitSet expected = new BitSet();
        expected.set(0); // the first part always: a layout's first page is never checked
        expected.set(2);
        assertEquals(expected, changed);
        ITextRenderer partial = layOut(parts.dom(changed));
        parts.record(partial, changed);

        ITextRenderer mended = layOut(PrintDom.of(html));
        Map<String, Integer> truth = PdfBookWriter.physicalPages(mended, MEASURED);
        assertEquals(truth, parts.physicalPages());
        assertTrue(truth.get("q3") > PdfBookWriter.physicalPages(whole, MEASURED).get("q3"), "the mend moved the next question on");
        assertTrue(partial.getRootBox().getLayer().getPages().size() < mended.getRootBox().getLayer().getPages().size(),
                "the relayout held only the changed parts");
        assertEquals(0, parts.changed().cardinality() - 1, "after the relayout only the first part counts as changed");
    }
}
