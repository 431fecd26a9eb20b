package dev.bookbuilder.write;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the print edition's pages begin, in terms every format shares: for each printed page, its
 * folio and the block of a rendered page it begins at ({@link dev.bookbuilder.render.Blocks}).
 * The PDF writer measures it; the EPUB writer turns it into page-break markers and a page-list.
 */
public record PrintedPages(List<Page> pages) {
    public PrintedPages {
        pages = List.copyOf(pages);
    }

    /**
     * One printed page.
     *
     * @param label  the folio it prints (iii, 12)
     * @param pageId the rendered page holding its first block
     * @param block  that block's index among the page's blocks
     */
    public record Page(String label, String pageId, int block) {
    }

    /** The printed pages that begin inside one rendered page, in order. */
    public Map<String, List<Page>> byPageId() {
        return pages.stream().collect(Collectors.groupingBy(Page::pageId, java.util.LinkedHashMap::new, Collectors.toList()));
    }
}
