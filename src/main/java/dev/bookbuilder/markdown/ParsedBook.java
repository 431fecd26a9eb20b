package dev.bookbuilder.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import dev.bookbuilder.figure.Figure;
import dev.bookbuilder.source.BookSources;
import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * The whole book parsed once: shared, read-only, by every edition of a build.
 *
 * @param crossRefs the target of every internal link, by link node
 * @param images    the source path below the root of every image, by image node
 * @param figures   the drawn figure of every diagram or chart block that drew, by block
 */
public record ParsedBook(BookSources sources, Map<String, ParsedPage> pages, Map<Link, CrossRef> crossRefs,
        Map<Image, String> images, Map<FencedCodeBlock, Figure> figures) {

    public ParsedPage page(String id) {
        return pages.get(id);
    }

    /** Every image file the book uses, as paths below the source root. */
    public Set<String> imageFiles() {
        return Set.copyOf(images.values());
    }

    public static ParsedBook of(BookSources sources, Map<String, ParsedPage> pages, Map<Link, CrossRef> crossRefs,
            Map<Image, String> images, Map<FencedCodeBlock, Figure> figures) {
        return new ParsedBook(sources, Collections.unmodifiableMap(pages), Collections.unmodifiableMap(crossRefs),
                Collections.unmodifiableMap(images), Collections.unmodifiableMap(figures));
    }
}
