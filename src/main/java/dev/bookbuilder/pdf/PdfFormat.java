package dev.bookbuilder.pdf;

import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.render.Stylesheets;
import dev.bookbuilder.render.Templates;
import dev.bookbuilder.source.BookSources;
import dev.bookbuilder.write.BookWriter;

/** The print PDF: the rendered pages joined and laid out by {@link PdfBookWriter}. */
public final class PdfFormat implements BookWriter {
    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public dev.bookbuilder.render.Markup markup() {
        return dev.bookbuilder.render.Markup.PRINT;
    }

    @Override
    public boolean laysOutPages() {
        return true;
    }

    /** Fonts are found and loaded once per build, whatever the number of editions. */
    @Override
    public EditionWriter prepare(BookSources sources, Templates templates, Diagnostics diags) {
        PdfFonts fonts = PdfFonts.discover(sources.config().pdf().fonts(), diags);
        if (!fonts.complete()) {
            diags.warning("no-cjk-font", null, 0, 0, "no Chinese font found for the PDF, so it uses the built-in STSong-Light, "
                    + "which is not embedded; install one (Debian/Ubuntu: apt-get install fonts-noto-cjk) or name one in book.yml's pdf.fonts");
        }
        PdfBookWriter writer = new PdfBookWriter(fonts, Stylesheets.load(sources.root(), "print.css"), diags);
        return (rendered, facts, out) -> facts.printedPages(writer.write(rendered, sources.root(), out));
    }
}
