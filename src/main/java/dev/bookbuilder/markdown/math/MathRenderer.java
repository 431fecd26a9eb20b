package dev.bookbuilder.markdown.math;

import java.awt.Color;
import java.awt.Insets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * LaTeX to vector graphics with JLaTeXMath: SVG with glyphs as outlines for the EPUB (no fonts
 * needed on the reader), and the same drawing onto a PDF canvas for print.
 */
public final class MathRenderer {
    /** The size formulas are laid out at, in pixels per em: sizes are then given in em. */
    public static final float EM = 20f;

    private MathRenderer() {
    }

    /** A rendered formula: its SVG and its box in em (depth below the baseline). */
    public record Image(String fileName, String svg, double widthEm, double heightEm, double depthEm) {
    }

    /** Null when the LaTeX parses; else the parser's message. */
    public static String check(String latex) {
        try {
            new TeXFormula(OrdinarySymbols.of(latex));
            return null;
        } catch (RuntimeException e) { // JLaTeXMath throws ParseException, and worse on odd input
            return problem(e);
        }
    }

    /**
     * What to tell the author about a failure: the parser's own message, never the text of an internal
     * exception ("class … cannot be cast to class …", which JLaTeXMath throws on some odd input).
     */
    public static String problem(Throwable e) {
        String m = e.getMessage();
        if (!(e instanceof org.scilab.forge.jlatexmath.ParseException) || m == null) {
            return "JLaTeXMath cannot lay it out";
        }
        // The parser wraps an internal failure's text in its own message too: that part is cut.
        int internal = m.indexOf("class org.scilab.");
        if (internal >= 0) {
            m = m.substring(0, internal).strip();
            return m.isEmpty() ? "JLaTeXMath cannot lay it out" : m.replaceAll("\\s+", " ") + " (JLaTeXMath cannot lay it out)";
        }
        return m.strip().replaceAll("\\s+", " ");
    }

    /**
     * The formula laid out by JLaTeXMath, {@link #EM} pixels per em, no insets, in black, symbols in text set as text
     * ({@link OrdinarySymbols}); it paints its glyphs a little heavier than JLaTeXMath would ({@link WeightedIcon}),
     * its box unchanged.
     */
    public static TeXIcon icon(String latex, boolean display) {
        TeXIcon icon = new WeightedIcon(
                new TeXFormula(OrdinarySymbols.of(latex)).createTeXIcon(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT, EM), EM);
        icon.setInsets(new Insets(0, 0, 0, 0));
        icon.setForeground(Color.BLACK);
        return icon;
    }

    /** How JFreeSVG writes the icon's foreground. */
    private static final String BLACK = "rgb(0,0,0)";

    private static final java.util.Map<String, Image> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The formula as SVG; each formula is drawn once per run, whatever the number of editions. */
    public static Image svg(String latex, boolean display) {
        return CACHE.computeIfAbsent(key(latex, display),
                k -> dev.bookbuilder.cache.FormulaCache.shared().get(k, fileName(k), () -> draw(latex, display)));
    }

    /**
     * Whether the formula has been drawn, in this run or by a build whose formula cache is kept: then it parses and
     * draws, and needs no check. A build whose formulas are all cached never loads JLaTeXMath (its fonts and tables
     * cost a cold process about a second of CPU).
     */
    public static boolean drawnBefore(String latex, boolean display) {
        String k = key(latex, display);
        if (CACHE.containsKey(k)) {
            return true;
        }
        java.util.Optional<Image> hit = dev.bookbuilder.cache.FormulaCache.shared().cached(k, fileName(k));
        hit.ifPresent(img -> CACHE.putIfAbsent(k, img));
        return hit.isPresent();
    }

    private static String key(String latex, boolean display) {
        return (display ? "D:" : "I:") + latex;
    }

    private static Image draw(String latex, boolean display) {
        TeXIcon icon = icon(latex, display);
        int w = Math.max(1, icon.getIconWidth());
        int h = Math.max(1, icon.getIconHeight());
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        icon.paintIcon(null, g, 0, 0); // no Swing component: creating one off the event thread races in UIManager
        // No DOCTYPE (EPUB forbids external identifiers); a viewBox, so the image scales with the text.
        // Glyphs take the colour of the surrounding text, so night and sepia themes recolour them;
        // the PDF paints from the LaTeX (icon above), in black.
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + oneElementPerShape(g.getSVGElement(null, true, new ViewBox(0, 0, w, h), null, null).replace(BLACK, "currentColor"));
        return new Image(fileName((display ? "D:" : "I:") + latex), svg,
                w / EM, h / EM, icon.getIconDepth() / EM);
    }

    /**
     * A shape that JFreeSVG wrote twice, filled and then stroked (StrokedInk), written once with both the fill and the
     * stroke: the same shape in the same place, so each glyph's outline is in the file once.
     */
    private static final Pattern FILLED_THEN_STROKED = Pattern.compile(
            "(<(?:g|rect|path)\\b[^>]*? style=')fill:([^;']+)(?:;stroke:none)?('[^>]*>(?:<path d='[^']*'/></g>)?)\\1(stroke-width:[^']*);fill:none\\3");

    static String oneElementPerShape(String svg) {
        // full opacity and a miter limit (joins are round) are the defaults: not written on every glyph
        return FILLED_THEN_STROKED.matcher(svg).replaceAll("$1fill:$2;$4$3")
                .replace(";stroke-opacity:1.0;", ";").replace(";stroke-miterlimit:10.0'", "'");
    }

    private static String fileName(String key) {
        return "math/" + hash(key) + ".svg";
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "1.234em", with a dot whatever the locale. */
    public static String em(double v) {
        return String.format(Locale.ROOT, "%.3fem", v);
    }
}
