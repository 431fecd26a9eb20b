package dev.bookbuilder.web;

import dev.bookbuilder.build.BookBuilder;
import dev.bookbuilder.config.EditionConfig;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.edition.EditionAssembler;
import dev.bookbuilder.markdown.BookParser;
import dev.bookbuilder.markdown.PageCache;
import dev.bookbuilder.markdown.ParsedBook;
import dev.bookbuilder.render.Markup;
import dev.bookbuilder.render.PageRenderer;
import dev.bookbuilder.render.RenderedEdition;
import dev.bookbuilder.render.Stylesheets;
import dev.bookbuilder.render.Templates;
import dev.bookbuilder.source.BookSources;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The build {@code serve} runs after each save: the stages of {@link BookBuilder} for one edition,
 * ending in a {@link Site} in memory instead of files. Pages whose text did not change are not parsed
 * again, and pages whose rendering did not change are not converted again.
 */
final class PreviewBuild {
    private final Path source;
    private final String editionId;
    private final String version;
    private final Instant buildTime;
    private final Templates templates = new Templates();
    private final PageCache pages = new PageCache();
    private final SiteBuilder sites;

    /** @param editionId the edition to show, or null for the book's first */
    PreviewBuild(Path source, String editionId, String version, Instant buildTime) {
        this.source = source;
        this.editionId = editionId;
        this.version = version;
        this.buildTime = buildTime;
        this.sites = new SiteBuilder(source.toAbsolutePath().normalize());
    }

    /** The edition's site; throws {@link dev.bookbuilder.diag.BuildFailedException} when the sources have errors. */
    Site build() {
        BookBuilder.Loaded loaded = new BookBuilder(version).load(source, editionId == null ? List.of() : List.of(editionId));
        Diagnostics diags = loaded.diagnostics();
        diags.throwIfErrors();
        BookSources sources = loaded.sources();
        ParsedBook parsed = new BookParser(diags, pages).parse(sources);
        diags.throwIfErrors();
        EditionConfig edition = editionId == null ? sources.config().editions().get(0) : sources.config().edition(editionId);
        RenderedEdition rendered = new PageRenderer(templates, version).render(parsed,
                new EditionAssembler(parsed).assemble(edition), Stylesheets.load(sources.root(), "epub.css"), buildTime,
                Markup.WEB);
        return sites.build(rendered);
    }

    /** How many pages the last build parsed (the others came from the cache). */
    int pagesParsed() {
        return pages.parsedLastBuild();
    }
}
