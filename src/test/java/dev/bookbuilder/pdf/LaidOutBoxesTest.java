package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openpdf.pdf.ITextRenderer;

@Tag("fast")
class LaidOutBoxesTest {
    /**
     * Resetting an anonymous block takes its element's id out of OpenPDF's id map (zcash/halo2's
     * lookup.md lost #pb-lookup-51 so, the words of a list item holding a list): the page is still told.
     */
    @Test
    void anElementTheIdMapLostIsFoundInTheBoxTree() {
        String html = "<html><body><p style='page-break-after: always'>one</p>"
                + "<ul><li id='item'>words before a list<ul><li>inner</li></ul></li></ul></body></html>";
        ITextRenderer renderer = new ITextRenderer();
        renderer.setDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), null);
        renderer.layout();
        renderer.getSharedContext().removeBoxId("item"); // as Box.reset does for the item's anonymous block
        assertEquals(null, renderer.getSharedContext().getIdMap().get("item"));
        Map<String, Integer> pages = PdfBookWriter.physicalPages(renderer, List.of("item"));
        assertEquals(Map.of("item", 2), pages);
    }
}
