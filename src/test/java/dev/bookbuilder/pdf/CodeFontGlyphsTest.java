package dev.bookbuilder.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bookbuilder.pdf.cff.PdfFontStreams;
import dev.bookbuilder.testing.TestBooks;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType0;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The code font's glyphs print as the font draws them: each digit and letter is rasterized from
 * the PDF's embedded program (as PDFBox's renderer reads it) and from the font file (Java2D), and
 * the two bitmaps compared. A counter filled in (the 4 that printed as a blob) changes a glyph by
 * far more than the tolerance.
 */
class CodeFontGlyphsTest {
    private static final String SAMPLE = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int EM = 96;
    /** Differing pixels, as a share of the glyph's ink: anti-aliasing differences stay well below it. */
    private static final double TOLERANCE = 0.04;

    @Test
    void theCoursesCodeFontPrintsEveryDigitAndLetterAsTheFontDrawsIt() throws IOException {
        PdfFonts.Face mono = monoFace();
        Path pdf = TestBooks.printed(TestBooks.COURSE, "llm-interview-100");
        Map<Character, Double> diff = compare(pdf, mono, "0123456789");
        assertEquals(10, diff.size(), "the code blocks use every digit: " + diff.keySet());
        assertEquals(Map.of(), outside(diff));
    }

    @Test
    void openPdfsOwnSubsetFillsACounterAndTheRepairedOneDoesNot(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        PdfFonts.Face mono = monoFace();
        byte[] raw = openPdfSample(mono);
        Path unrepaired = Files.write(dir.resolve("raw.pdf"), raw);
        Map<Character, Double> before = outside(compare(unrepaired, mono, SAMPLE));
        assertFalse(before.isEmpty(), "OpenPDF's subsetter no longer drops subroutines: the repair may go");

        PdfFonts fonts = PdfFonts.discover(Map.of());
        Path repaired = Files.write(dir.resolve("repaired.pdf"), PdfFontStreams.rewrite(raw, fonts::repairSubset));
        Map<Character, Double> after = compare(repaired, mono, SAMPLE);
        assertEquals(SAMPLE.length(), after.size());
        assertEquals(Map.of(), outside(after), "broken before the repair: " + before.keySet());
    }

    @Test
    void aRepairKeptAcrossBuildsIsTheRepairMadeAndADamagedOneIsMadeAgain(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        byte[] raw = openPdfSample(monoFace());
        PdfFonts fonts = PdfFonts.discover(Map.of());
        int[] repairs = {0};
        java.util.function.UnaryOperator<byte[]> repair = subset -> {
            repairs[0]++;
            return fonts.repairSubset(subset);
        };
        byte[] fresh = PdfFontStreams.rewrite(raw, repair);
        int made = repairs[0];
        assertTrue(made > 0, "the sample embeds a font program");
        dev.bookbuilder.cache.ContentCache kept = dev.bookbuilder.cache.ContentCache.in(dir.resolve("cache"), "t");
        assertArrayEquals(fresh, rewrite(raw, repair, kept));
        assertArrayEquals(fresh, rewrite(raw, repair, kept), "read from the cache");
        assertEquals(2 * made, repairs[0], "the second rewrite repaired nothing itself");

        try (java.util.stream.Stream<Path> files = Files.walk(dir.resolve("cache"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] b = Files.readAllBytes(f);
                b[b.length - 1] ^= 0x55;
                Files.write(f, b);
            }
        }
        assertArrayEquals(fresh, rewrite(raw, repair, kept), "a damaged entry is not used");
        assertEquals(3 * made, repairs[0]);
    }

    private static byte[] rewrite(byte[] pdf, java.util.function.UnaryOperator<byte[]> fix, dev.bookbuilder.cache.ContentCache kept) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        PdfFontStreams.rewrite(pdf, fix, kept, out);
        return out.toByteArray();
    }

    private static PdfFonts.Face monoFace() {
        PdfFonts fonts = PdfFonts.discover(Map.of());
        assumeTrue(fonts.regular(PdfFonts.Role.MONO).isPresent(), "no monospace CJK font installed");
        return fonts.regular(PdfFonts.Role.MONO).get();
    }

    /** A PDF that OpenPDF writes with the code font, the way the renderer embeds it, before any repair. */
    private static byte[] openPdfSample(PdfFonts.Face mono) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter.getInstance(doc, out);
        doc.open();
        BaseFont font = BaseFont.createFont(mono.path(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        doc.add(new Paragraph(SAMPLE, new org.openpdf.text.Font(font, 12)));
        doc.close();
        return out.toByteArray();
    }

    private static Map<Character, Double> outside(Map<Character, Double> diff) {
        Map<Character, Double> out = new java.util.TreeMap<>();
        diff.forEach((c, d) -> {
            if (d > TOLERANCE) {
                out.put(c, Math.round(d * 1000) / 1000.0);
            }
        });
        return out;
    }

    /** For each character of {@code chars} the embedded code font has, the share of its ink that differs. */
    private static Map<Character, Double> compare(Path pdf, PdfFonts.Face face, String chars) throws IOException {
        Font reference = javaFont(face);
        Map<Character, Double> out = new HashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDType0Font embedded = embedded(doc, face);
            assertTrue(embedded != null, "the code font is embedded");
            PDCIDFontType0 cid = (PDCIDFontType0) embedded.getDescendantFont();
            Map<Character, Integer> codes = new HashMap<>();
            for (int code = 0; code < 65536; code++) {
                String u = embedded.toUnicode(code);
                // The ToUnicode map also names codes the text never shows: the glyph drawn is the one the font has.
                if (u != null && u.length() == 1 && chars.indexOf(u.charAt(0)) >= 0 && !cid.getPath(code).getBounds2D().isEmpty()) {
                    codes.putIfAbsent(u.charAt(0), code);
                }
            }
            FontRenderContext frc = new FontRenderContext(null, true, true);
            for (Map.Entry<Character, Integer> e : codes.entrySet()) {
                Shape fromPdf = AffineTransform.getScaleInstance(EM / 1000.0, -EM / 1000.0).createTransformedShape(cid.getPath(e.getValue()));
                Shape fromFile = reference.deriveFont((float) EM).createGlyphVector(frc, String.valueOf(e.getKey())).getOutline();
                out.put(e.getKey(), difference(raster(fromPdf), raster(fromFile)));
            }
        }
        return out;
    }

    private static PDType0Font embedded(PDDocument doc, PdfFonts.Face face) throws IOException {
        String name = javaFont(face).getPSName();
        for (PDPage page : doc.getPages()) {
            for (COSName n : page.getResources().getFontNames()) {
                PDFont f = page.getResources().getFont(n);
                if (f instanceof PDType0Font t0 && f.getName().replaceFirst("^[A-Z]{6}\\+", "").startsWith(name)) {
                    return t0;
                }
            }
        }
        return null;
    }

    private static Font javaFont(PdfFonts.Face face) throws IOException {
        try {
            List<Font> all = new ArrayList<>(List.of(Font.createFonts(face.file().toFile())));
            return face.path().contains(",") ? all.get(face.index()) : all.get(0);
        } catch (java.awt.FontFormatException e) {
            throw new IOException(e);
        }
    }

    private static BufferedImage raster(Shape glyph) {
        BufferedImage img = new BufferedImage(EM * 3 / 2, EM * 3 / 2, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(java.awt.Color.BLACK);
        g.translate(EM / 4.0, EM * 1.15);
        g.fill(glyph);
        g.dispose();
        return img;
    }

    /** Pixels whose grey differs by more than half, as a share of the pixels either glyph inks. */
    private static double difference(BufferedImage a, BufferedImage b) {
        int differ = 0;
        int ink = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int ga = a.getRaster().getSample(x, y, 0);
                int gb = b.getRaster().getSample(x, y, 0);
                if (ga < 128 || gb < 128) {
                    ink++;
                }
                if (Math.abs(ga - gb) > 128) {
                    differ++;
                }
            }
        }
        return ink == 0 ? 0 : (double) differ / ink;
    }
}
