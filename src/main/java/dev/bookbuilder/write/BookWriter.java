package dev.bookbuilder.write;

import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.render.RenderedEdition;
import dev.bookbuilder.render.Templates;
import dev.bookbuilder.source.BookSources;
import java.io.IOException;
import java.io.OutputStream;

/**
 * One output format, as mdBook's renderers and Pandoc's writers are: it takes an edition rendered
 * once to XHTML and writes one file. The driver knows formats only through this interface; adding
 * one is a class and a line in {@link Writers}.
 */
public interface BookWriter {
    /** The name {@code --format} takes, which is also the output file's extension: {@code epub}. */
    String name();

    /**
     * The work a build does once for every edition in this format (finding fonts, reading a
     * stylesheet), reporting what it finds wrong to {@code diags}; then one call per edition.
     */
    EditionWriter prepare(BookSources sources, Templates templates, Diagnostics diags);

    /**
     * The markup this format wants in its pages (EPUB's semantics, a stylesheet link per page): the edition is
     * rendered once per distinct value. Reading-system markup unless the format says otherwise.
     */
    default dev.bookbuilder.render.Markup markup() {
        return dev.bookbuilder.render.Markup.READER;
    }

    /** True for a format with pages of its own: it is written first, and may record where they fall. */
    default boolean laysOutPages() {
        return false;
    }

    /** False for a format that is written only when {@code --format} names it (the web edition). */
    default boolean byDefault() {
        return true;
    }

    /**
     * True for a format that is a folder of files (out/&lt;book&gt;-&lt;edition&gt;/) rather than one file: its
     * writer writes a ZIP archive of the folder to the stream, and the driver unpacks it in place of the last one.
     */
    default boolean writesFolder() {
        return false;
    }

    /**
     * Writes one edition; the driver gives it a stream onto a temporary file and moves that into place,
     * and the facts earlier formats of the same edition recorded.
     */
    @FunctionalInterface
    interface EditionWriter {
        void write(RenderedEdition edition, EditionFacts facts, OutputStream out) throws IOException;
    }
}
