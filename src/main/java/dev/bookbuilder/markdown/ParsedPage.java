package dev.bookbuilder.markdown;

import com.vladsch.flexmark.util.ast.Document;
import dev.bookbuilder.markdown.caption.Caption;
import dev.bookbuilder.markdown.index.IndexTerm;
import dev.bookbuilder.source.PageSource;
import java.util.List;
import java.util.Map;

/**
 * One source page parsed once, with the ids the book gives its headings and index terms.
 *
 * @param anchorsBySlug GitHub-style slug of each heading (and author id of each caption), to the id the output uses
 * @param captions      numbered tables and figures, in page order
 * @param readingMinutes the time the page takes to read (see {@link ReadingTime})
 * @param citedKeys     the references.bib keys the page cites, in order
 * @param headings      the page's headings in order, for the contents
 */
public record ParsedPage(PageSource source, Document document, Map<String, String> anchorsBySlug,
        List<IndexTerm> indexTerms, List<Caption> captions, double readingMinutes, List<String> citedKeys,
        List<Section> headings) {

    /** A heading of the page: its level (2 for {@code ##}), its text, and the id the book gave it. */
    public record Section(int level, String text, String anchorId) {
    }

    public String id() {
        return source.id();
    }
}
