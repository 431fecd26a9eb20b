package dev.bookbuilder.epub;

import io.documentnode.epub4j.domain.Book;
import java.util.List;
import java.util.Map;

/**
 * An edition ready to be written: epublib's book model, plus what epublib has no field for: the
 * manifest properties (svg, cover-image) by resource id, the accessibility metadata, and the print
 * edition whose page numbers it carries ({@code dc:source}), or "".
 */
public record EpubPackage(Book book, Map<String, String> properties, List<AccessibilityMetadata.Meta> accessibility, String source) {
    public EpubPackage(Book book, Map<String, String> properties, List<AccessibilityMetadata.Meta> accessibility) {
        this(book, properties, accessibility, "");
    }

    public EpubPackage {
        properties = Map.copyOf(properties);
        accessibility = List.copyOf(accessibility);
    }

    String properties(String resourceId) {
        return properties.getOrDefault(resourceId, "");
    }
}
