package dev.bookbuilder.markdown.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.Icon;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Formulas are drawn as heavy as the text around them (a stroke around each glyph and rule), in the text's colour,
 * and in exactly JLaTeXMath's box: the PDF's layout is sized from it.
 */
@Tag("fast")
class FormulaWeightTest {
    private static final List<String> FORMULAS = List.of("x", "a<b", "\\frac{\\alpha}{r} BAx", "\\sqrt{d_k}",
            "W_0\\in\\mathbb{R}^{d\\times k}", "\\sum_{i=1}^{n} x_i^2", "\\texttt{<PRE>}\\ \\text{前缀}",
            "\\begin{pmatrix} 1 & 2 \\\\ 3 & 4 \\end{pmatrix}");

    private static TeXIcon plain(String latex, boolean display) {
        TeXIcon icon = new TeXFormula(OrdinarySymbols.of(latex)).createTeXIcon(
                display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, MathRenderer.EM);
        icon.setInsets(new Insets(0, 0, 0, 0));
        icon.setForeground(Color.BLACK);
        return icon;
    }

    @Test
    void theBoxIsJLaTeXMathsOwn() {
        for (String latex : FORMULAS) {
            for (boolean display : new boolean[] {false, true}) {
                TeXIcon plain = plain(latex, display);
                TeXIcon drawn = MathRenderer.icon(latex, display);
                assertEquals(plain.getIconWidth(), drawn.getIconWidth(), latex);
                assertEquals(plain.getIconHeight(), drawn.getIconHeight(), latex);
                assertEquals(plain.getIconDepth(), drawn.getIconDepth(), latex);
                MathRenderer.Image svg = MathRenderer.svg(latex, display);
                assertEquals(plain.getIconWidth() / MathRenderer.EM, svg.widthEm(), 1e-6, latex);
                assertEquals(plain.getIconHeight() / MathRenderer.EM, svg.heightEm(), 1e-6, latex);
                assertEquals(plain.getIconDepth() / MathRenderer.EM, svg.depthEm(), 1e-6, latex);
            }
        }
    }

    private static final Pattern SHAPE = Pattern.compile("<(g|rect) [^>]*?style='([^']*)' transform='matrix\\(([-\\d.E]+),");

    @Test
    void everyGlyphAndRuleIsFilledAndStrokedInTheTextColourOnce() {
        String svg = MathRenderer.svg("\\frac{\\alpha}{r}\\sqrt{x}", false).svg();
        Matcher m = SHAPE.matcher(svg);
        int shapes = 0;
        while (m.find()) {
            shapes++;
            String style = m.group(2);
            assertTrue(style.startsWith("fill:currentColor;") && style.contains(";stroke:currentColor;")
                    && style.contains("stroke-linejoin:round"), "filled and stroked in the text's colour (night themes too): " + m.group());
            Matcher w = Pattern.compile("stroke-width:([\\d.E]+)").matcher(style);
            assertTrue(w.find(), style);
            double px = Double.parseDouble(w.group(1)) * Double.parseDouble(m.group(3)); // in the drawing's pixels
            assertEquals(WeightedIcon.STROKE_EM * MathRenderer.EM, px, 1e-4, "the same stroke at every size: " + m.group());
        }
        // α, r, the radical, x; the fraction's rule and the radical's
        assertEquals(6, shapes, svg);
        assertEquals(shapes, svg.split(" d='", -1).length - 1 + svg.split("<rect ", -1).length - 1, "each shape once: " + svg);
    }

    /** The ink width of the middle row of the icon painted {@code scale} times its size, as the PDF paints it. */
    private static int stemWidth(Icon icon, int scale) {
        BufferedImage img = new BufferedImage(icon.getIconWidth() * scale, icon.getIconHeight() * scale, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.scale(scale, scale);
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        int y = img.getHeight() / 2;
        int ink = 0;
        for (int x = 0; x < img.getWidth(); x++) {
            ink += (img.getRaster().getSample(x, y, 0) < 128) ? 1 : 0;
        }
        return ink;
    }

    @Test
    void theDrawingIsHeavierThanJLaTeXMathsByTheStroke() {
        int scale = 40; // one pixel of the formula is 40 here: 0.012 em is about 10 pixels
        int plain = stemWidth(plain("\\mathrm{l}", false), scale);
        int drawn = stemWidth(MathRenderer.icon("\\mathrm{l}", false), scale);
        double stroke = WeightedIcon.STROKE_EM * MathRenderer.EM * scale;
        assertTrue(plain > 0, "the stem of l is on the middle row");
        assertEquals(plain + stroke, drawn, 2.5, "the stem is wider by the stroke (half on each side): " + plain + " -> " + drawn);
    }
}
