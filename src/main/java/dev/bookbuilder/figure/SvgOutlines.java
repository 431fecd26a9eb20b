package dev.bookbuilder.figure;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * Rewrites a drawing tool's SVG for a book: every {@code <text>} becomes a filled path in the
 * figure font, so the figure reads the same on a reader that has no Chinese font; links,
 * scripts and comments go; the root keeps only what sizes it.
 */
final class SvgOutlines {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private SvgOutlines() {
    }

    static String outline(String svg, FigureFont font) {
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        doc.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(org.jsoup.nodes.Entities.EscapeMode.xhtml).charset("UTF-8");
        Element root = doc.selectFirst("svg");
        if (root == null) {
            throw new IllegalArgumentException("the drawing has no <svg> element");
        }
        clean(doc);
        for (Element text : root.select("text")) {
            text.replaceWith(path(text, font));
        }
        root.removeAttr("style").removeAttr("zoomAndPan").removeAttr("contentStyleType").removeAttr("preserveAspectRatio");
        return root.outerHtml();
    }

    /** Removes what a book's figure must not carry: scripts, links out, foreign content, comments. */
    private static void clean(Document doc) {
        doc.select("script, foreignObject, style").remove();
        for (Element a : doc.select("a")) {
            a.unwrap();
        }
        for (Element e : doc.getAllElements()) {
            e.attributes().asList().stream().map(org.jsoup.nodes.Attribute::getKey)
                    .filter(k -> k.toLowerCase(Locale.ROOT).startsWith("on") || k.equals("xlink:href") && !e.attr(k).startsWith("#")
                            || k.equals("href") && !e.attr(k).startsWith("#"))
                    .toList().forEach(e::removeAttr);
        }
        doc.select("image:not([xlink:href]):not([href])").remove();
        removeComments(doc);
        // Ids nothing points at go (PlantUML writes names with spaces and dots, which XML ids forbid); data-* too.
        String all = doc.outerHtml();
        for (Element e : doc.select("[id]")) {
            String id = e.attr("id");
            if (!all.contains("#" + id + ")") && !all.contains("\"#" + id + "\"")) {
                e.removeAttr("id");
            }
        }
        for (Element e : doc.getAllElements()) {
            e.attributes().asList().stream().map(org.jsoup.nodes.Attribute::getKey).filter(k -> k.startsWith("data-"))
                    .toList().forEach(e::removeAttr);
        }
    }

    private static void removeComments(Node node) {
        for (Node child : java.util.List.copyOf(node.childNodes())) {
            if (child instanceof org.jsoup.nodes.Comment) {
                child.remove();
            } else {
                removeComments(child);
            }
        }
    }

    private static Element path(Element text, FigureFont figureFont) {
        String content = text.wholeText();
        float size = number(text.attr("font-size"), 12f);
        int style = ("bold".equals(text.attr("font-weight")) || number(text.attr("font-weight"), 400) >= 600 ? Font.BOLD : Font.PLAIN)
                | ("italic".equals(text.attr("font-style")) ? Font.ITALIC : Font.PLAIN);
        Font font = figureFont.font(style, size);
        char[] chars = content.toCharArray();
        GlyphVector gv = font.layoutGlyphVector(FRC, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        double x = number(text.attr("x"), 0);
        double y = number(text.attr("y"), 0);
        Rectangle2D bounds = gv.getLogicalBounds();
        double advance = bounds.getWidth();
        String anchor = text.attr("text-anchor");
        if (anchor.equals("middle")) {
            x -= advance / 2;
        } else if (anchor.equals("end")) {
            x -= advance;
        }
        AffineTransform at = AffineTransform.getTranslateInstance(x, y);
        double wanted = number(text.attr("textLength"), 0);
        if (wanted > 0 && advance > 0 && Math.abs(wanted - advance) > 0.5) {
            at.scale(wanted / advance, 1); // the layout's measure wins: boxes were sized to it
        }
        Shape shape = at.createTransformedShape(gv.getOutline());
        Element path = new Element("path").attr("d", d(shape));
        String fill = text.attr("fill");
        path.attr("fill", fill.isEmpty() ? "#000000" : fill);
        if (!text.attr("transform").isEmpty()) {
            path.attr("transform", text.attr("transform"));
        }
        return path;
    }

    /** The shape as SVG path data, coordinates to a hundredth of a pixel. */
    static String d(Shape shape) {
        StringBuilder sb = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> append(sb, 'M', c, 2);
                case PathIterator.SEG_LINETO -> append(sb, 'L', c, 2);
                case PathIterator.SEG_QUADTO -> append(sb, 'Q', c, 4);
                case PathIterator.SEG_CUBICTO -> append(sb, 'C', c, 6);
                default -> sb.append('Z');
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, char op, double[] c, int n) {
        sb.append(op);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(num(c[i]));
        }
    }

    /** {@code v} to two decimals without trailing zeros ("12.5", "-3", "0.07"); no String.format: it is called per point. */
    static String num(double v) {
        long hundredths = Math.round(v * 100);
        if (hundredths == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        if (hundredths < 0) {
            sb.append('-');
            hundredths = -hundredths;
        }
        sb.append(hundredths / 100);
        long frac = hundredths % 100;
        if (frac != 0) {
            sb.append('.').append(frac / 10);
            if (frac % 10 != 0) {
                sb.append(frac % 10);
            }
        }
        return sb.toString();
    }

    private static float number(String s, float fallback) {
        try {
            return s.isEmpty() ? fallback : Float.parseFloat(s.replace("px", "").strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
