package dev.bookbuilder.pdf;

import dev.bookbuilder.joined.JoinedPages;
import dev.bookbuilder.write.PrintedPages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openpdf.pdf.ITextRenderer;

/**
 * Where each printed page begins, from the final layout: the first block that starts on it. A page
 * on which no block starts (the rest of a long block, or a page only print has, such as the printed
 * contents) begins where the next one does, so the EPUB still lists every page, in order.
 */
final class PrintedPageMap {
    private PrintedPageMap() {
    }

    static PrintedPages of(Document html, ITextRenderer renderer, Set<Integer> blankPages, Folios folios) {
        List<Element> blocks = html.select("[" + JoinedPages.BLOCK_ATTR + "]");
        Map<String, Integer> pageOf = PdfBookWriter.physicalPages(renderer, blocks.stream().map(Element::id).toList());
        return of(html, pageOf, renderer.getRootBox().getLayer().getPages().size(), blankPages, folios);
    }

    /** From the physical page each block begins on (its id's, 1-based) and the page count: a document painted in runs. */
    static PrintedPages of(Document html, Map<String, Integer> pageOf, int count, Set<Integer> blankPages, Folios folios) {
        List<Element> blocks = html.select("[" + JoinedPages.BLOCK_ATTR + "]");
        List<PrintedPages.Page> out = new ArrayList<>();
        List<String> pending = new ArrayList<>(); // labels of pages still waiting for a block to begin at
        int next = 0;
        for (int page = 1; page <= count; page++) {
            if (blankPages.contains(page)) {
                continue;
            }
            pending.add(folios.of(page));
            while (next < blocks.size() && pageOf.get(blocks.get(next).id()) < page) {
                next++;
            }
            if (next < blocks.size() && pageOf.get(blocks.get(next).id()) == page) {
                String[] at = blocks.get(next).attr(JoinedPages.BLOCK_ATTR).split(":");
                for (String label : pending) {
                    out.add(new PrintedPages.Page(label, at[0], Integer.parseInt(at[1])));
                }
                pending.clear();
            }
        }
        if (!pending.isEmpty() && !blocks.isEmpty()) {
            // Pages after the last block that starts (the index's continuation): they begin at the last block.
            String[] at = blocks.get(blocks.size() - 1).attr(JoinedPages.BLOCK_ATTR).split(":");
            pending.forEach(label -> out.add(new PrintedPages.Page(label, at[0], Integer.parseInt(at[1]))));
        }
        return new PrintedPages(out);
    }
}
