package dev.bookbuilder.render;

import dev.bookbuilder.edition.Edition;
import dev.bookbuilder.edition.TocEntry;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An edition rendered to XHTML once; EPUB packages it, PDF lays it out.
 *
 * @param images  image files used, as paths below the source root
 * @param mathImages formula SVGs by file name (math/….svg)
 * @param figureImages drawn diagrams and charts by file name (figures/….svg)
 * @param css     the stylesheet the pages link to
 */
public record RenderedEdition(Edition edition, List<RenderedPage> pages, List<TocEntry> toc, Set<String> images,
        java.util.Map<String, String> mathImages, java.util.Map<String, String> figureImages, String css, Instant buildTime) {

    public static final String CSS_HREF = "styles/epub.css";
}
