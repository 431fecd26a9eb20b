package dev.bookbuilder.config;

import java.util.List;

/**
 * What chapters/book.yml says: the book's metadata, its clusters (parts) in the complete
 * edition's order, its editions, print settings, how figures are drawn, where it is published, and
 * {@code cover}: an image below chapters/, or empty, when the EPUB's cover is drawn by the builder;
 * {@code mathMacros}: a file of LaTeX macros every formula may use ({@code math: macros:}), or empty.
 */
public record BookConfig(
        String id,
        String title,
        String subtitle,
        String language,
        List<String> authors,
        String version,
        String publisher,
        String description,
        List<Positioned<String>> front,
        List<Positioned<String>> back,
        List<Positioned<String>> clusters,
        List<EditionConfig> editions,
        PdfConfig pdf,
        FiguresConfig figures,
        String cover,
        java.util.Optional<RepositoryConfig> repository,
        Kind kind,
        int tocDepth,
        boolean numbering,
        String mathMacros) {

    /** What the pages are: interview questions with their core points, or the sections of an ordinary book. */
    public enum Kind { QUESTIONS, BOOK }

    public EditionConfig edition(String editionId) {
        return editions.stream().filter(e -> e.id().equals(editionId)).findFirst().orElse(null);
    }
}
