package dev.bookbuilder.epub;

import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.render.Templates;
import dev.bookbuilder.source.BookSources;
import dev.bookbuilder.write.BookWriter;

/**
 * EPUB 3: the rendered pages packaged with epublib, as {@link Epub3Writer} writes them. One instance
 * serves every build of a process: a watch process's rebuild reuses each unchanged page's reader
 * markup and compressed bytes from the build before.
 */
public final class EpubFormat implements BookWriter {
    private final BuildMemo<ReaderMarkup.Page> markedUp = new BuildMemo<>();
    private final BuildMemo<EpubZip.Packed> packed = new BuildMemo<>();

    /** For a process that builds again and again ({@code build --watch}): keep what the next build can reuse. */
    public void keepPagesBetweenBuilds() {
        markedUp.keep();
        packed.keep();
    }

    @Override
    public String name() {
        return "epub";
    }

    @Override
    public EditionWriter prepare(BookSources sources, Templates templates, Diagnostics diags) {
        markedUp.nextBuild();
        packed.nextBuild();
        Epub3Writer writer = new Epub3Writer(templates, packed);
        Covers covers = new Covers(sources.root());
        return (rendered, facts, out) -> writer.write(EpubModel.of(rendered, sources.root(), covers.of(rendered.edition()), templates,
                facts.printedPages(), markedUp),
                sources.config().subtitle(), rendered.buildTime(), out);
    }
}
