package dev.bookbuilder.write;

import dev.bookbuilder.epub.EpubFormat;
import dev.bookbuilder.pdf.PdfFormat;
import java.util.List;
import java.util.Optional;

/** The formats the builder writes, in the order a full build writes them. */
public final class Writers {
    /** Every format: register a new one here. */
    public static final List<BookWriter> ALL = List.of(new EpubFormat(), new PdfFormat(), new dev.bookbuilder.web.HtmlFormat());

    private Writers() {
    }

    public static Optional<BookWriter> named(String name) {
        return ALL.stream().filter(w -> w.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(BookWriter::name).toList();
    }
}
