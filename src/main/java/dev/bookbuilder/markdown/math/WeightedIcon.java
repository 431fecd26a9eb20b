package dev.bookbuilder.markdown.math;

import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A formula's icon that paints its glyphs and rules with {@link StrokedInk}, so that it matches the weight of
 * the text around it; its box (width, height, depth) is JLaTeXMath's own, so layouts sized from it do not move.
 * The SVG of the EPUB and the PDF's vectors are both painted through it.
 */
final class WeightedIcon extends TeXIcon {
    /**
     * The stroke around each glyph and rule, in ems of the formula: 0.012 em adds 0.13 pt to every stem at 10.5 pt,
     * which brings Computer Modern's stems (0.84 pt measured in print) to Noto Serif's (1.03 pt).
     */
    static final double STROKE_EM = 0.012;

    private final float size;

    /** The icon of {@code plain}'s box at {@code size} pixels per em, as JLaTeXMath made it (insets to be set). */
    WeightedIcon(TeXIcon plain, float size) {
        super(plain.getBox(), size, false);
        this.size = size;
        isColored = plain.isColored;
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        // the stroke's width is measured on the canvas as given: one unit there is one pixel of the icon
        StrokedInk ink = new StrokedInk((Graphics2D) g, STROKE_EM * size);
        super.paintIcon(c, ink, x, y);
    }
}
