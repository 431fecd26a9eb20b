package dev.bookbuilder.epub;

import dev.bookbuilder.config.BookConfig;
import dev.bookbuilder.edition.Edition;
import dev.bookbuilder.edition.EditionAssembler;
import dev.bookbuilder.edition.TocEntry;
import dev.bookbuilder.render.RenderedEdition;
import dev.bookbuilder.render.RenderedPage;
import io.documentnode.epub4j.domain.Author;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.GuideReference;
import io.documentnode.epub4j.domain.Identifier;
import io.documentnode.epub4j.domain.MediaType;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.TOCReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a rendered edition into epublib's book model: metadata, resources, spine, TOC, guide. */
public final class EpubModel {
    private static final MediaType WEBP = new MediaType("image/webp", ".webp");

    public static final String NAV_ID = EditionAssembler.CONTENTS_ID;
    static final String CSS_ID = "css";

    private EpubModel() {
    }

    public static Book of(RenderedEdition rendered, Path sourceRoot) {
        Edition edition = rendered.edition();
        BookConfig cfg = edition.book();
        Book book = new Book();
        book.getMetadata().addTitle(edition.fullTitle());
        cfg.authors().forEach(a -> book.getMetadata().addAuthor(new Author(a)));
        book.getMetadata().setLanguage(cfg.language());
        book.getMetadata().addIdentifier(new Identifier(Identifier.Scheme.UUID, edition.identifier()));
        if (!cfg.publisher().isEmpty()) {
            book.getMetadata().addPublisher(cfg.publisher());
        }
        if (!cfg.description().isEmpty()) {
            book.getMetadata().addDescription(cfg.description());
        }
        Map<String, Resource> byFile = new HashMap<>();
        for (RenderedPage p : rendered.pages()) {
            Resource r = new Resource(p.page().id(), p.xhtml().getBytes(StandardCharsets.UTF_8), p.page().fileName(), MediaTypes.XHTML);
            r.setTitle(p.page().numberedTitle(true));
            book.addResource(r);
            book.getSpine().addResource(r);
            byFile.put(p.page().fileName(), r);
        }
        book.addResource(new Resource(CSS_ID, rendered.css().getBytes(StandardCharsets.UTF_8), RenderedEdition.CSS_HREF, MediaTypes.CSS));
        int n = 0;
        for (String image : rendered.images().stream().sorted().toList()) {
            String href = Edition.assetHref(image);
            MediaType type = MediaTypes.determineMediaType(href);
            if (type == null && href.endsWith(".webp")) {
                type = WEBP; // a core media type since EPUB 3.3, which epub4j does not list
            }
            book.addResource(new Resource("img" + (++n), read(sourceRoot.resolve(image)), href, type));
        }
        int m = 0;
        for (var math : new java.util.TreeMap<>(rendered.mathImages()).entrySet()) {
            book.addResource(new Resource("math" + (++m), math.getValue().getBytes(StandardCharsets.UTF_8), math.getKey(), MediaTypes.SVG));
        }
        int f = 0;
        for (var figure : new java.util.TreeMap<>(rendered.figureImages()).entrySet()) {
            book.addResource(new Resource("figure" + (++f), figure.getValue().getBytes(StandardCharsets.UTF_8), figure.getKey(), MediaTypes.SVG));
        }
        for (TocEntry e : rendered.toc()) {
            book.getTableOfContents().addTOCReference(toc(e, byFile));
        }
        book.getGuide().addReference(new GuideReference(byFile.get(EditionAssembler.TITLE_PAGE_ID + ".xhtml"), GuideReference.TITLE_PAGE, "封面"));
        book.getGuide().addReference(new GuideReference(byFile.get(NAV_ID + ".xhtml"), GuideReference.TOC, "目录"));
        return book;
    }

    private static TOCReference toc(TocEntry e, Map<String, Resource> byFile) {
        List<TOCReference> children = new ArrayList<>();
        e.children().forEach(c -> children.add(toc(c, byFile)));
        return new TOCReference(e.label(), byFile.get(e.page().fileName()), e.fragment(), children);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
