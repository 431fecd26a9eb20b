package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bookbuilder.config.PdfConfig;
import dev.bookbuilder.testing.TestBooks;
import dev.bookbuilder.testing.Tier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;

/** Formulas and SVG figures are vectors in the PDF; highlighted code keeps its colours and weights. */
@Tag("fast")
class TechnicalContentPdfTest {
    /** The tiny book's complete PDF: alone in the fast tier; in the full one, from the build other tests share. */
    private static Path tinyPdf() {
        return Tier.fast() ? TestBooks.printed(TestBooks.TINY, "tiny") : TestBooks.pdf(TestBooks.TINY, "tiny", "complete");
    }

    @Test
    void formulasAndSvgFiguresAreDrawnAsVectorsNeverAsImages() throws IOException {
        try (PdfPages pdf = new PdfPages(tinyPdf(), PdfConfig.DEFAULT)) {
            int forms = 0;
            List<String> images = new ArrayList<>();
            for (int p = 1; p <= pdf.count(); p++) {
                PDPage page = pdf.doc.getPage(p - 1);
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject x = page.getResources().getXObject(name);
                    if (x instanceof PDImageXObject) {
                        images.add("page " + p + ": " + name.getName());
                    } else if (x instanceof PDFormXObject) {
                        forms++;
                    }
                }
            }
            assertEquals(List.of(), images, "no bitmap is drawn: the fixture has formulas and an SVG figure, no photo");
            assertTrue(forms >= 3, "two formulas and a figure are vector forms, found " + forms);
        }
    }

    @Test
    void highlightedCodeHasMoreThanOneColourOrWeight() throws IOException {
        try (PdfPages pdf = new PdfPages(tinyPdf(), PdfConfig.DEFAULT)) {
            Set<String> styles = new HashSet<>();
            for (int p = 1; p <= pdf.count(); p++) {
                PDFTextStripper s = new PDFTextStripper() {
                    {
                        // The text stripper ignores colour operators; follow them to see the highlighting.
                        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace(this));
                        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor(this));
                        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN(this));
                        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor(this));
                        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor(this));
                        addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor(this));
                    }

                    @Override
                    protected void processTextPosition(TextPosition t) {
                        String colour;
                        try {
                            colour = Integer.toHexString(getGraphicsState().getNonStrokingColor().toRGB());
                        } catch (IOException e) {
                            colour = "?";
                        }
                        String font = t.getFont().getName();
                        if (font != null && font.contains("Mono")) {
                            styles.add(font.replaceFirst("^[A-Z]{6}\\+", "") + " " + colour);
                        }
                    }
                };
                s.setStartPage(p);
                s.setEndPage(p);
                s.getText(pdf.doc);
            }
            assertTrue(styles.size() > 2, "code is set in several colours or weights: " + styles);
        }
    }
}
