package dev.bookbuilder.config;

import java.util.List;

/**
 * What chapters/book.yml says: the book's metadata, its clusters (parts) in the complete
 * edition's order, its editions, print settings, and how figures are drawn. {@code cover} is an image
 * below chapters/, or empty: then the EPUB's cover is drawn by the builder.
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
        String cover) {

    public EditionConfig edition(String editionId) {
        return editions.stream().filter(e -> e.id().equals(editionId)).findFirst().orElse(null);
    }
}
