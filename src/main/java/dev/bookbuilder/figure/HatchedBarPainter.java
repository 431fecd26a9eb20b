package dev.bookbuilder.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.RectangularShape;
import org.jfree.chart.renderer.category.BarPainter;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Flat bars; every series after the first also gets its own hatching (diagonal, crossed, …),
 * so that grouped bars stay apart when printed in grey.
 */
final class HatchedBarPainter implements BarPainter {
    private static final double GAP = 5;

    @Override
    public void paintBar(Graphics2D g, BarRenderer renderer, int row, int column, RectangularShape bar, RectangleEdge base) {
        Paint fill = renderer.getItemPaint(row, column);
        g.setPaint(fill);
        g.fill(bar);
        int pattern = row % 4;
        if (pattern != 0 && bar.getWidth() > 2 && bar.getHeight() > 2) {
            Shape clip = g.getClip();
            g.clip(bar);
            g.setPaint(fill instanceof Color c && luminance(c) < 0.5 ? Color.WHITE : FigureStyle.INK);
            g.setStroke(new BasicStroke(0.8f));
            double x0 = bar.getMinX();
            double y0 = bar.getMinY();
            double span = bar.getWidth() + bar.getHeight();
            for (double d = 0; d <= span; d += GAP) {
                if (pattern == 1 || pattern == 3) {
                    g.draw(new Line2D.Double(x0 + d, y0, x0 + d - bar.getHeight(), y0 + bar.getHeight()));
                }
                if (pattern == 2 || pattern == 3) {
                    g.draw(new Line2D.Double(x0 + d - bar.getHeight(), y0, x0 + d, y0 + bar.getHeight()));
                }
            }
            g.setClip(clip);
        }
        if (renderer.isDrawBarOutline()) {
            g.setStroke(renderer.getItemOutlineStroke(row, column));
            g.setPaint(renderer.getItemOutlinePaint(row, column));
            g.draw(bar);
        }
    }

    @Override
    public void paintBarShadow(Graphics2D g, BarRenderer renderer, int row, int column, RectangularShape bar, RectangleEdge base,
            boolean pegShadow) {
        // flat: no shadows in a book
    }

    private static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255.0;
    }
}
