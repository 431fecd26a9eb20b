package dev.bookbuilder.epub;

import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.render.Templates;
import dev.bookbuilder.source.BookSources;
import dev.bookbuilder.write.BookWriter;

/** EPUB 3: the rendered pages packaged with epublib, as {@link Epub3Writer} writes them. */
public final class EpubFormat implements BookWriter {
    @Override
    public String name() {
        return "epub";
    }

    @Override
    public EditionWriter prepare(BookSources sources, Templates templates, Diagnostics diags) {
        Epub3Writer writer = new Epub3Writer(templates);
        Covers covers = new Covers(sources.root());
        return (rendered, facts, out) -> writer.write(EpubModel.of(rendered, sources.root(), covers.of(rendered.edition()), templates,
                facts.printedPages()),
                sources.config().subtitle(), rendered.buildTime(), out);
    }
}
