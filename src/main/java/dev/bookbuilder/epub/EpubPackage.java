package dev.bookbuilder.epub;

import io.documentnode.epub4j.domain.Book;
import java.util.Map;

/**
 * An edition ready to be written: epublib's book model, plus the manifest properties
 * (svg, cover-image) that epublib has no field for, by resource id.
 */
public record EpubPackage(Book book, Map<String, String> properties) {
    public EpubPackage {
        properties = Map.copyOf(properties);
    }

    String properties(String resourceId) {
        return properties.getOrDefault(resourceId, "");
    }
}
