package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.config.PdfConfig;
import dev.bookbuilder.testing.TestBooks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;

/** The EPUB's formulas are drawn in currentColor; in print the same formulas are inked black. */
class FormulaInkTest {
    private static final Set<String> FILL_COLOUR = Set.of("rg", "g", "k", "sc", "scn");

    @Test
    void formulasAreFilledInBlack() throws IOException {
        try (PdfPages pdf = new PdfPages(TestBooks.pdf(TestBooks.TINY, "tiny", "complete"), PdfConfig.DEFAULT)) {
            int filled = 0;
            List<String> colours = new ArrayList<>();
            for (int p = 0; p < pdf.count(); p++) {
                PDPage page = pdf.doc.getPage(p);
                for (COSName name : page.getResources().getXObjectNames()) {
                    // Drawn diagrams and charts have their own palette; a formula's form is a line or two high.
                    if (page.getResources().getXObject(name) instanceof PDFormXObject form && form.getBBox().getHeight() < 60) {
                        List<Object> operands = new ArrayList<>();
                        boolean fills = false;
                        for (Object token : new PDFStreamParser(form).parse()) {
                            if (token instanceof Operator op) {
                                if (FILL_COLOUR.contains(op.getName())) {
                                    fills = true;
                                    if (!black(op.getName(), operands)) {
                                        colours.add("page " + (p + 1) + " " + name.getName() + ": " + operands + " " + op.getName());
                                    }
                                }
                                operands.clear();
                            } else {
                                operands.add(token);
                            }
                        }
                        filled += fills ? 1 : 0;
                    }
                }
            }
            assertTrue(filled >= 2, "the fixture's two formulas set a fill colour: " + filled);
            assertEquals(List.of(), colours, "every fill colour in a formula is black");
        }
    }

    /** Black in the operator's colour space: all zeros, except CMYK's key at one. */
    private static boolean black(String operator, List<Object> operands) {
        for (int i = 0; i < operands.size(); i++) {
            float expected = operator.equals("k") && i == 3 ? 1f : 0f;
            if (!(operands.get(i) instanceof COSNumber n) || n.floatValue() != expected) {
                return false;
            }
        }
        return !operands.isEmpty();
    }
}
