package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A viewer's page box shows the folio printed on the page: /PageLabels match the printed numbers. */
class PageLabelsTest {

    @Test
    void everyPrintedFolioIsThePagesLabel() throws IOException {
        var book = new PdfNavigationTest.Book(TestBooks.COURSE, "llm-interview-100");
        try (PdfPages pdf = new PdfPages(TestBooks.printed(TestBooks.COURSE, "llm-interview-100"), book.config())) {
            var labels = pdf.doc.getDocumentCatalog().getPageLabels();
            assertTrue(labels != null, "the PDF has /PageLabels");
            String[] byIndex = labels.getLabelsByPageIndices();
            List<String> wrong = new ArrayList<>();
            int checked = 0;
            for (int p = 1; p <= pdf.count(); p++) {
                String folio = pdf.folio(p);
                if (folio != null) {
                    checked++;
                    if (!folio.equals(byIndex[p - 1])) {
                        wrong.add("page " + p + " prints " + folio + ", labelled " + byIndex[p - 1]);
                    }
                }
            }
            assertTrue(checked > 150, "pages with a folio: " + checked);
            assertEquals(List.of(), wrong);
            assertEquals("i", byIndex[0], "the title page counts as i");
        }
    }
}
