package dev.bookbuilder.epub;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws a cover with Java2D: title, subtitle, the edition's name and the authors on a dark ground,
 * 1600 × 2560 px (the 1:1.6 portrait that Apple Books and Kindle ask for), as PNG.
 */
public final class CoverPainter {
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 2560;
    private static final int MARGIN = 160;
    private static final Color INK = new Color(0xF4F1EA);
    private static final Color SOFT = new Color(0xC9D3E3);
    private static final Color ACCENT = new Color(0xE0B354);

    private final Font serifBold;
    private final Font sans;
    private final Font sansBold;

    /** Fonts of size 1, as {@code PdfFonts.awtFont} gives them; each is scaled here. */
    public CoverPainter(Font serifBold, Font sans, Font sansBold) {
        this.serifBold = serifBold;
        this.sans = sans;
        this.sansBold = sansBold;
    }

    /** The cover as PNG bytes; the same text and fonts always give the same bytes. */
    public byte[] paint(String title, String subtitle, String edition, String authors) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(0x14213D), 0, HEIGHT, new Color(0x23416B)));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(MARGIN, 420, 200, 12);

            float y = 560;
            y = centred(g, title, titleFont(g, title), INK, y, 1.25f);
            if (!subtitle.isBlank()) {
                y = centred(g, subtitle, sans.deriveFont(76f), SOFT, y + 70, 1.4f);
            }
            if (!edition.isBlank()) {
                band(g, edition, sansBold.deriveFont(80f), 1900);
            }
            if (!authors.isBlank()) {
                centred(g, authors, sans.deriveFont(56f), SOFT, HEIGHT - 300, 1.4f);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The title as large as it can be on one line, down to a floor; below that it wraps. */
    private Font titleFont(Graphics2D g, String title) {
        for (float size = 176; size > 120; size -= 8) {
            Font f = serifBold.deriveFont(size);
            if (lines(g, title, f, WIDTH - 2 * MARGIN).size() == 1) {
                return f;
            }
        }
        return serifBold.deriveFont(150f);
    }

    /**
     * Lines broken to the width between the margins, each centred; returns the y below the last.
     * The lines are balanced (a wrapped title does not leave one character alone on its last line).
     */
    private static float centred(Graphics2D g, String text, Font font, Color colour, float top, float leading) {
        g.setColor(colour);
        float y = top;
        float full = WIDTH - 2 * MARGIN;
        int count = lines(g, text, font, full).size();
        float width = full;
        if (count > 1) {
            float total = new TextLayout(text, font, g.getFontRenderContext()).getAdvance();
            width = Math.min(full, total / count + font.getSize2D());
        }
        for (TextLayout line : lines(g, text, font, width)) {
            y += line.getAscent();
            line.draw(g, (WIDTH - line.getAdvance()) / 2f, y);
            y += line.getDescent() + (leading - 1) * font.getSize2D();
        }
        return y;
    }

    /** The edition's name in a light band across the lower part of the cover. */
    private static void band(Graphics2D g, String text, Font font, float centreY) {
        List<TextLayout> lines = lines(g, text, font, WIDTH - 2 * MARGIN - 120);
        float height = 0;
        for (TextLayout l : lines) {
            height += l.getAscent() + l.getDescent();
        }
        float padding = 60;
        g.setColor(ACCENT);
        g.fill(new RoundRectangle2D.Float(MARGIN, centreY - height / 2 - padding, WIDTH - 2 * MARGIN, height + 2 * padding, 40, 40));
        g.setStroke(new BasicStroke(1));
        g.setColor(new Color(0x14213D));
        float y = centreY - height / 2;
        for (TextLayout l : lines) {
            y += l.getAscent();
            l.draw(g, (WIDTH - l.getAdvance()) / 2f, y);
            y += l.getDescent();
        }
    }

    /** Java's line breaker: between Chinese characters, at spaces in Latin, never before closing punctuation. */
    private static List<TextLayout> lines(Graphics2D g, String text, Font font, float width) {
        AttributedString s = new AttributedString(text);
        s.addAttribute(TextAttribute.FONT, font);
        FontRenderContext frc = g.getFontRenderContext();
        LineBreakMeasurer m = new LineBreakMeasurer(s.getIterator(), frc);
        List<TextLayout> out = new ArrayList<>();
        while (m.getPosition() < text.length()) {
            out.add(m.nextLayout(width));
        }
        return out;
    }
}
