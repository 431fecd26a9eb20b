package dev.bookbuilder.pdf;

import java.lang.reflect.Field;
import org.openpdf.pdf.ITextRenderer;

/**
 * Hands the PDF being written from one renderer to the next, so that runs of the print document laid
 * out on different renderers (in parallel) are painted one after the other into one file, sharing its
 * font subsets. openpdf-html 3.0.3 paints a renderer's layout into an open file with
 * {@code writeNextDocument}, but only into the file that renderer's own {@code createPDF} opened: the
 * document and writer are private fields with no setter. They are set here, and only here.
 */
final class WriterHandoff {
    private static final Field PDF_DOC = field("_pdfDoc");
    private static final Field WRITER = field("_writer");

    private WriterHandoff() {
    }

    /** Gives {@code to} the open PDF that {@code from} writes. */
    static void pass(ITextRenderer from, ITextRenderer to) {
        try {
            PDF_DOC.set(to, PDF_DOC.get(from));
            WRITER.set(to, WRITER.get(from));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("openpdf-html's renderer changed: cannot hand its PDF on", e);
        }
    }

    private static Field field(String name) {
        try {
            Field f = ITextRenderer.class.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("openpdf-html's renderer has no field " + name + ": cannot paint the print document in parts", e);
        }
    }
}
