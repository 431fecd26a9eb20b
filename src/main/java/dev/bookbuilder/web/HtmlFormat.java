package dev.bookbuilder.web;

import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.render.Markup;
import dev.bookbuilder.render.Templates;
import dev.bookbuilder.source.BookSources;
import dev.bookbuilder.write.BookWriter;

/**
 * The web edition: a static site per edition, out/&lt;book&gt;-&lt;edition&gt;/, written only when
 * {@code --format html} asks for it. The site's files reach the driver as a ZIP archive, which it unpacks.
 */
public final class HtmlFormat implements BookWriter {
    @Override
    public String name() {
        return "html";
    }

    /** The ARIA roles but not the EPUB's own {@code epub:type}; each page is framed with the site's stylesheets. */
    @Override
    public Markup markup() {
        return Markup.WEB;
    }

    @Override
    public boolean byDefault() {
        return false;
    }

    @Override
    public boolean writesFolder() {
        return true;
    }

    @Override
    public EditionWriter prepare(BookSources sources, Templates templates, Diagnostics diags) {
        SiteBuilder site = new SiteBuilder(sources.root());
        return (rendered, facts, out) -> site.build(rendered).writeArchive(out);
    }
}
