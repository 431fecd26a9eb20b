package dev.bookbuilder.epub;

import dev.bookbuilder.config.BookConfig;
import dev.bookbuilder.edition.Edition;
import dev.bookbuilder.pdf.PdfFonts;
import io.documentnode.epub4j.domain.MediaType;
import io.documentnode.epub4j.domain.MediaTypes;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Each edition's cover image: the file book.yml names for the edition, else for the book, else one
 * drawn by {@link CoverPainter} in the book's fonts (found once, on first need; the painted cover is
 * kept by {@link CoverCache}). Thread-safe.
 */
public final class Covers {
    /** A cover image and the name it is packaged under. */
    public record Image(byte[] data, String fileName) {
        MediaType mediaType() {
            return MediaTypes.determineMediaType(fileName);
        }
    }

    private final Path sourceRoot;
    private CoverPainter painter;

    public Covers(Path sourceRoot) {
        this.sourceRoot = sourceRoot;
    }

    public Image of(Edition edition) {
        BookConfig book = edition.book();
        String configured = !edition.config().cover().isEmpty() ? edition.config().cover() : book.cover();
        if (!configured.isEmpty()) {
            String ext = configured.substring(configured.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            try {
                return new Image(Files.readAllBytes(sourceRoot.resolve(configured)), "images/cover." + (ext.equals("jpeg") ? "jpg" : ext));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String authors = edition.labels().join(book.authors());
        byte[] png = CoverCache.get(List.of(book.title(), book.subtitle(), edition.config().title(), authors), book.pdf().fonts(),
                () -> painter(book).paint(book.title(), book.subtitle(), edition.config().title(), authors));
        return new Image(png, "images/cover.png");
    }

    private synchronized CoverPainter painter(BookConfig book) {
        if (painter == null) {
            PdfFonts fonts = PdfFonts.discover(book.pdf().fonts());
            painter = new CoverPainter(
                    font(fonts, PdfFonts.Role.SERIF, true, Font.SERIF),
                    font(fonts, PdfFonts.Role.SANS, false, Font.SANS_SERIF),
                    font(fonts, PdfFonts.Role.SANS, true, Font.SANS_SERIF));
        }
        return painter;
    }

    /** The book's face, else Java's logical font (which falls back to whatever the system has). */
    private static Font font(PdfFonts fonts, PdfFonts.Role role, boolean bold, String logical) {
        return fonts.awtFont(role, bold).orElseGet(() -> new Font(logical, bold ? Font.BOLD : Font.PLAIN, 1));
    }
}
