package dev.bookbuilder.figure;

import dev.bookbuilder.i18n.Labels;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link ChartSpec} with JFreeChart onto JFreeSVG's canvas, text as outlines. Series are
 * told apart in greyscale as well as in colour: bars by hatching, lines by markers and dashes.
 */
final class ChartDrawer {
    static final int WIDTH = 460;
    private static final Shape[] MARKERS = {new Ellipse2D.Double(-3.5, -3.5, 7, 7), new Rectangle2D.Double(-3, -3, 6, 6),
        triangle(), diamond()};
    private static final float[][] DASHES = {null, {6f, 3f}, {2f, 2.5f}, {8f, 3f, 2f, 3f}};

    private ChartDrawer() {
    }

    /** @param labels the book's language, for the name of a series that has none ("Series 2") */
    static String draw(ChartSpec spec, FigureFont font, Labels labels) {
        JFreeChart chart = spec.type().categorical() ? categoryChart(spec, font, labels) : xyChart(spec, font, labels);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 4, 4, 10));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        // No title inside the drawing: the caption under it carries the chart's title, as in print.
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font.font(Font.PLAIN, 11f));
            legend.setItemPaint(FigureStyle.INK);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        int height = height(spec);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
        g.setDefsKeyPrefix("chart"); // fixed ids: the same chart gives the same bytes
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, height));
        return g.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, height), null, null);
    }

    static int height(ChartSpec spec) {
        if (horizontal(spec)) {
            int perCategory = spec.type() == ChartSpec.Type.GROUPED_BAR ? 12 + 16 * spec.series().size() : 26;
            return Math.min(900, 80 + perCategory * spec.categories().size() + (spec.series().size() > 1 ? 24 : 0));
        }
        return 300;
    }

    /** Horizontal bars when asked, or when the labels or bars are too long or too many to stand vertically. */
    static boolean horizontal(ChartSpec spec) {
        if (spec.type() == ChartSpec.Type.HBAR) {
            return true;
        }
        if (!spec.type().categorical()) {
            return false;
        }
        int widest = spec.categories().stream().mapToInt(ChartDrawer::displayWidth).max().orElse(0);
        int bars = spec.categories().size() * (spec.type() == ChartSpec.Type.GROUPED_BAR ? spec.series().size() : 1);
        // Labels under vertical bars get a column each: long or many labels wrap mid-word, values collide.
        return bars > 8 || spec.categories().size() > 6 || widest > 12 || widest * spec.categories().size() > 48;
    }

    /** Width in Latin letters: a Chinese character counts two. */
    private static int displayWidth(String s) {
        return s.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    }

    private static JFreeChart categoryChart(ChartSpec spec, FigureFont font, Labels labels) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < spec.series().size(); s++) {
            ChartSpec.Series series = spec.series().get(s);
            String name = seriesName(series, s, labels);
            for (int c = 0; c < spec.categories().size(); c++) {
                data.addValue(series.values().get(c), name, spec.categories().get(c));
            }
        }
        boolean horizontal = horizontal(spec);
        CategoryAxis categories = new CategoryAxis(spec.x().text());
        ValueAxis values = valueAxis(spec.y().log(), spec.y().label().isEmpty() && spec.y().unit().isEmpty()
                ? spec.unit() : spec.y().text(), font);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new HatchedBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(horizontal ? 0.7 : 0.12);
        for (int s = 0; s < spec.series().size(); s++) {
            renderer.setSeriesPaint(s, FigureStyle.series(s));
            renderer.setSeriesOutlinePaint(s, FigureStyle.INK);
            renderer.setSeriesOutlineStroke(s, new BasicStroke(0.6f));
        }
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format(spec)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(font.font(Font.PLAIN, 10.5f));
        renderer.setDefaultItemLabelPaint(FigureStyle.INK);
        renderer.setDefaultPositiveItemLabelPosition(horizontal
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        renderer.setItemLabelAnchorOffset(3);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        values.setUpperMargin(0.16);
        categories.setCategoryMargin(0.25);
        categories.setLowerMargin(0.04);
        categories.setUpperMargin(0.04);
        categories.setMaximumCategoryLabelLines(3);
        categories.setMaximumCategoryLabelWidthRatio(horizontal ? 0.42f : 1f);
        if (!horizontal && spec.categories().size() > 4) {
            categories.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        }
        styleAxis(categories, font);
        styleAxis(values, font);
        stylePlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(FigureStyle.GRID);
        for (ChartSpec.Annotation a : spec.annotations()) {
            if (spec.categories().contains(a.category())) {
                double top = spec.series().stream().mapToDouble(s -> s.values().get(spec.categories().indexOf(a.category()))).max().orElse(0);
                CategoryTextAnnotation note = new CategoryTextAnnotation(a.text(), a.category(), top);
                note.setFont(font.font(Font.PLAIN, 10.5f));
                note.setPaint(FigureStyle.series(1).darker());
                note.setTextAnchor(horizontal ? TextAnchor.CENTER_LEFT : TextAnchor.BOTTOM_CENTER);
                plot.addAnnotation(note);
            }
        }
        return new JFreeChart(null, null, plot, spec.series().size() > 1);
    }

    /** The series' own name, or "Series 2" in the book's language (the legend keys series by name, so each differs). */
    private static String seriesName(ChartSpec.Series series, int index, Labels labels) {
        return series.name().isEmpty() ? labels.format("chart.series", index + 1) : series.name();
    }

    private static JFreeChart xyChart(ChartSpec spec, FigureFont font, Labels labels) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int s = 0; s < spec.series().size(); s++) {
            ChartSpec.Series series = spec.series().get(s);
            XYSeries xy = new XYSeries(seriesName(series, s, labels), false, true);
            for (double[] p : series.points()) {
                xy.add(p[0], p[1]);
            }
            data.addSeries(xy);
        }
        boolean lines = spec.type() == ChartSpec.Type.LINE;
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(lines, true);
        for (int s = 0; s < spec.series().size(); s++) {
            Color c = FigureStyle.series(s);
            renderer.setSeriesPaint(s, c);
            renderer.setSeriesShape(s, MARKERS[s % MARKERS.length]);
            renderer.setSeriesShapesFilled(s, s % 2 == 0);
            float[] dash = DASHES[s % DASHES.length];
            renderer.setSeriesStroke(s, dash == null ? FigureStyle.LINE
                    : new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
        }
        ValueAxis x = valueAxis(spec.x().log(), spec.x().text(), font);
        ValueAxis y = valueAxis(spec.y().log(), spec.y().text().isEmpty() ? spec.unit() : spec.y().text(), font);
        if (x instanceof NumberAxis nx) {
            nx.setAutoRangeIncludesZero(false);
        }
        if (y instanceof NumberAxis ny) {
            ny.setAutoRangeIncludesZero(false);
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        styleAxis(x, font);
        styleAxis(y, font);
        stylePlot(plot);
        plot.setDomainGridlinePaint(FigureStyle.GRID);
        plot.setRangeGridlinePaint(FigureStyle.GRID);
        for (ChartSpec.Annotation a : spec.annotations()) {
            XYPointerAnnotation note = new XYPointerAnnotation(a.text(), a.x(), a.y(), -Math.PI / 4);
            note.setFont(font.font(Font.PLAIN, 10.5f));
            note.setPaint(FigureStyle.INK);
            note.setArrowPaint(FigureStyle.INK);
            note.setTipRadius(4);
            note.setBaseRadius(26);
            note.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(note);
        }
        return new JFreeChart(null, null, plot, spec.series().size() > 1);
    }

    private static ValueAxis valueAxis(boolean log, String label, FigureFont font) {
        if (log) {
            LogAxis axis = new LogAxis(label);
            axis.setBase(10);
            axis.setSmallestValue(1e-9);
            axis.setNumberFormatOverride(new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
            return axis;
        }
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        return axis;
    }

    private static void styleAxis(org.jfree.chart.axis.Axis axis, FigureFont font) {
        axis.setLabelFont(font.font(Font.PLAIN, 11.5f));
        axis.setLabelPaint(FigureStyle.INK);
        axis.setTickLabelFont(font.font(Font.PLAIN, 11f));
        axis.setTickLabelPaint(FigureStyle.INK);
        axis.setAxisLinePaint(FigureStyle.INK);
        axis.setTickMarkPaint(FigureStyle.INK);
    }

    private static void stylePlot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
    }

    /** Values as written: no decimals for whole numbers, thousands separated. */
    private static NumberFormat format(ChartSpec spec) {
        boolean whole = spec.series().stream().allMatch(s -> s.values().stream().allMatch(v -> v == Math.rint(v)));
        return new DecimalFormat(whole ? "#,##0" : "#,##0.0##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    private static Shape triangle() {
        Path2D p = new Path2D.Double();
        p.moveTo(0, -4);
        p.lineTo(4, 3.5);
        p.lineTo(-4, 3.5);
        p.closePath();
        return p;
    }

    private static Shape diamond() {
        Path2D p = new Path2D.Double();
        p.moveTo(0, -4.5);
        p.lineTo(4.5, 0);
        p.lineTo(0, 4.5);
        p.lineTo(-4.5, 0);
        p.closePath();
        return p;
    }

    static List<Shape> markers() {
        return List.of(MARKERS);
    }
}
