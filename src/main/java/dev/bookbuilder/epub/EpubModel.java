package dev.bookbuilder.epub;

import dev.bookbuilder.config.BookConfig;
import dev.bookbuilder.edition.Edition;
import dev.bookbuilder.edition.EditionAssembler;
import dev.bookbuilder.edition.TocEntry;
import dev.bookbuilder.render.RenderedEdition;
import dev.bookbuilder.render.RenderedPage;
import dev.bookbuilder.render.Templates;
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

    /** @param cover the edition's cover image, packaged with a first page that shows it */
    public static EpubPackage of(RenderedEdition rendered, Path sourceRoot, Covers.Image cover, Templates templates) {
        return of(rendered, sourceRoot, cover, templates, java.util.Optional.empty());
    }

    /** The package, with the print edition's page numbers when its pages are known. */
    public static EpubPackage of(RenderedEdition rendered, Path sourceRoot, Covers.Image cover, Templates templates,
            java.util.Optional<dev.bookbuilder.write.PrintedPages> printed) {
        return of(rendered, sourceRoot, cover, templates, printed, new BuildMemo<>());
    }

    /** @param markedUp pages with reader markup kept from the last build of a watch process */
    static EpubPackage of(RenderedEdition rendered, Path sourceRoot, Covers.Image cover, Templates templates,
            java.util.Optional<dev.bookbuilder.write.PrintedPages> printed, BuildMemo<ReaderMarkup.Page> markedUp) {
        Map<String, List<dev.bookbuilder.write.PrintedPages.Page>> breaks = printed.map(dev.bookbuilder.write.PrintedPages::byPageId)
                .orElse(Map.of());
        Map<String, String> fileById = new HashMap<>();
        rendered.pages().forEach(p -> fileById.put(p.page().id(), p.page().fileName()));
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
        Map<String, String> properties = new HashMap<>();
        book.addResource(new Resource(CoverPage.IMAGE_ID, cover.data(), cover.fileName(), cover.mediaType()));
        properties.put(CoverPage.IMAGE_ID, "cover-image");
        Resource coverPage = new Resource(CoverPage.PAGE_ID, CoverPage.xhtml(templates, cfg.language(), RenderedEdition.CSS_HREF,
                edition.fullTitle(), cover.fileName()).getBytes(StandardCharsets.UTF_8), CoverPage.FILE_NAME, MediaTypes.XHTML);
        book.addResource(coverPage);
        book.getSpine().addResource(coverPage);
        // Pages are independent: marked up in parallel, each only when its input changed since the last build.
        List<ReaderMarkup.Page> marked = rendered.pages().parallelStream().map(p -> {
            String xhtml = p.page().id().equals(NAV_ID) ? CoverPage.withLandmark(p.xhtml()) : p.xhtml();
            if (p.page().id().equals(NAV_ID) && printed.isPresent()) {
                xhtml = PageBreaks.withPageList(xhtml, printed.get().pages(), fileById::get,
                        edition.labels().get("epub.pageList"));
            }
            List<dev.bookbuilder.write.PrintedPages.Page> pageBreaks = breaks.getOrDefault(p.page().id(), List.of());
            String input = xhtml;
            // The formulas' file names are digests of their LaTeX, so the page's text names the drawings it inlines.
            return markedUp.get(() -> BuildMemo.key(input, pageBreaks), () -> ReaderMarkup.apply(input, rendered.mathImages(), pageBreaks));
        }).toList();
        for (int i = 0; i < marked.size(); i++) {
            RenderedPage p = rendered.pages().get(i);
            ReaderMarkup.Page page = marked.get(i);
            if (page.svg()) {
                properties.put(p.page().id(), "svg");
            }
            Resource r = new Resource(p.page().id(), page.xhtml().getBytes(StandardCharsets.UTF_8), p.page().fileName(), MediaTypes.XHTML);
            r.setTitle(p.page().numberedTitle(true));
            book.addResource(r);
            book.getSpine().addResource(r);
            byFile.put(p.page().fileName(), r);
        }
        book.addResource(new Resource(CSS_ID, rendered.css().getBytes(StandardCharsets.UTF_8), RenderedEdition.CSS_HREF, MediaTypes.CSS));
        int n = 0;
        dev.bookbuilder.assets.ImageSettings imageSettings = dev.bookbuilder.assets.ImageSettings.of(sourceRoot);
        for (String image : rendered.images().stream().sorted().toList()) {
            String href = Edition.assetHref(image);
            // Checked, sized and (SVG) cleaned when parsed; the media type is the bytes', never the name's.
            dev.bookbuilder.assets.ImageAssets.Asset asset = read(sourceRoot.resolve(image), imageSettings);
            MediaType type = asset.mediaType().equals("image/webp") ? WEBP : MediaTypes.determineMediaType(mediaTypeExtension(asset.mediaType()));
            book.addResource(new Resource("img" + (++n), asset.data(), href, type));
        }
        // Formulas are inlined into the pages (ReaderMarkup); drawn figures stay files of their own.
        int f = 0;
        for (var figure : new java.util.TreeMap<>(rendered.figureImages()).entrySet()) {
            book.addResource(new Resource("figure" + (++f), figure.getValue().getBytes(StandardCharsets.UTF_8), figure.getKey(), MediaTypes.SVG));
        }
        for (TocEntry e : rendered.toc()) {
            book.getTableOfContents().addTOCReference(toc(e, byFile));
        }
        book.getGuide().addReference(new GuideReference(coverPage, GuideReference.COVER, edition.labels().get("cover.title")));
        book.getGuide().addReference(new GuideReference(byFile.get(EditionAssembler.TITLE_PAGE_ID + ".xhtml"), GuideReference.TITLE_PAGE, edition.labels().get("nav.titlepage")));
        book.getGuide().addReference(new GuideReference(byFile.get(NAV_ID + ".xhtml"), GuideReference.TOC, edition.labels().get("page.contents")));
        List<AccessibilityMetadata.Meta> accessibility = new ArrayList<>(AccessibilityMetadata.of(rendered));
        if (printed.isPresent()) {
            accessibility.add(new AccessibilityMetadata.Meta("schema:accessibilityFeature", "printPageNumbers"));
        }
        String source = printed.isPresent() ? edition.labels().format("epub.printSource", edition.fullTitle()) : "";
        return new EpubPackage(book, properties, accessibility, source);
    }

    private static TOCReference toc(TocEntry e, Map<String, Resource> byFile) {
        List<TOCReference> children = new ArrayList<>();
        e.children().forEach(c -> children.add(toc(c, byFile)));
        return new TOCReference(e.label(), byFile.get(e.page().fileName()), e.fragment(), children);
    }

    private static dev.bookbuilder.assets.ImageAssets.Asset read(Path file, dev.bookbuilder.assets.ImageSettings settings) {
        try {
            return dev.bookbuilder.assets.ImageAssets.forEpub(file, settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file name epub4j maps to {@code mediaType} (it looks media types up by extension only). */
    private static String mediaTypeExtension(String mediaType) {
        return switch (mediaType) {
            case "image/jpeg" -> "x.jpg";
            case "image/gif" -> "x.gif";
            case "image/svg+xml" -> "x.svg";
            default -> "x.png";
        };
    }
}
