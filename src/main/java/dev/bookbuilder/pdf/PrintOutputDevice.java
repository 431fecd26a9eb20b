package dev.bookbuilder.pdf;

import java.awt.Rectangle;
import java.awt.Shape;
import java.util.IdentityHashMap;
import java.util.Map;
import org.openpdf.pdf.ITextFSFont;
import org.openpdf.pdf.ITextOutputDevice;
import org.openpdf.render.BlockBox;
import org.openpdf.render.Box;
import org.openpdf.render.FSFont;
import org.openpdf.render.JustificationInfo;
import org.openpdf.render.LineBox;
import org.openpdf.render.PageBox;
import org.openpdf.render.RenderingContext;

/**
 * The renderer's PDF output, drawing the lines that {@link InterCharacterJustification} set with
 * their Latin words tight: the renderer adds a line's character spacing after every character,
 * which letter-spaced the Latin words of a Chinese line. Such text is drawn in runs: a Latin word
 * with its own spacing (none, unless the line has too few other gaps), the rest with the line's.
 */
final class PrintOutputDevice extends ITextOutputDevice {
    private static final JustificationInfo NONE = new JustificationInfo(0, 0);
    /** The spacings this project's justification made, each with its spacing inside Latin words; others draw as the renderer does. */
    private final Map<JustificationInfo, JustificationInfo> inWords = new IdentityHashMap<>();
    private ITextFSFont font;

    PrintOutputDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    /**
     * A line's spacing: {@code loose} after each character, {@code tight} between two of a Latin word
     * ({@link LatinRuns}); the line is then drawn in runs.
     */
    JustificationInfo interCharacter(float loose, float tight) {
        JustificationInfo info = new JustificationInfo(loose, loose);
        inWords.put(info, tight == 0 ? NONE : new JustificationInfo(tight, tight));
        return info;
    }

    /**
     * A box that begins a page (one moved there by a page break) is also painted on the page before, whose
     * area ends where the box's border begins: its top border and the tops of its sides printed there as a stray
     * rule at the foot of the text block. Nothing of a box that begins on a later page is painted.
     */
    @Override
    public void paintBorder(RenderingContext c, Box box) {
        if (!beginsLater(c, box)) {
            cutAtItsLastLine(c, box, () -> super.paintBorder(c, box));
        }
    }

    @Override
    public void paintBackground(RenderingContext c, Box box) {
        if (!beginsLater(c, box)) {
            cutAtItsLastLine(c, box, () -> super.paintBackground(c, box));
        }
    }

    /**
     * A box that goes on overleaf is painted on this page down to its last line here (and its padding), not to
     * the foot of the page: the lines carried over with the next page's (widows, a list item kept whole) had
     * left up to three empty lines inside its frame. Its sides stay open there, as they are at the top overleaf.
     */
    private void cutAtItsLastLine(RenderingContext c, Box box, Runnable paint) {
        PageBox page = c.getPage();
        if (page == null || !(box instanceof BlockBox) || box.getAbsY() + box.getHeight() <= page.getBottom()) {
            paint.run();
            return;
        }
        int last = lastContent(box, page.getTop(), page.getBottom());
        if (last < 0 || page.getBottom() - last <= box.getPadding(c).bottom()) {
            paint.run();
            return;
        }
        int cut = last + (int) box.getPadding(c).bottom();
        Shape clip = getClip();
        int top = Math.min(box.getAbsY(), page.getTop()) - 1000;
        clip(new Rectangle(box.getAbsX() - 1000, top, box.getWidth() + 2000, cut - top));
        paint.run();
        setClip(clip);
    }

    /** The bottom of the box's lowest line or image that ends within [top, bottom]; -1 if none. */
    private static int lastContent(Box box, int top, int bottom) {
        int last = -1;
        for (int i = 0; i < box.getChildCount(); i++) {
            Box child = box.getChild(i);
            int end = child.getAbsY() + child.getHeight();
            if (child instanceof LineBox || child.getChildCount() == 0) {
                if (child.getAbsY() >= top && end <= bottom && child.getHeight() > 0) {
                    last = Math.max(last, end);
                }
            } else if (child.getAbsY() < bottom && end > top) {
                last = Math.max(last, lastContent(child, top, bottom));
            }
        }
        return last;
    }

    private static boolean beginsLater(RenderingContext c, Box box) {
        return c.getPage() != null && box.getAbsY() >= c.getPage().getBottom();
    }

    @Override
    public void setFont(FSFont font) {
        super.setFont(font);
        this.font = (ITextFSFont) font;
    }

    @Override
    public void drawString(String s, float x, float y, JustificationInfo info) {
        JustificationInfo inWord = info == null ? null : inWords.get(info);
        if (inWord == null) {
            super.drawString(s, x, y, info);
            return;
        }
        int i = 0;
        while (i < s.length()) {
            int j = i;
            boolean tight = j + 1 < s.length() && LatinRuns.tight(s.charAt(j), s.charAt(j + 1));
            if (tight) {
                while (j + 1 < s.length() && LatinRuns.tight(s.charAt(j), s.charAt(j + 1))) {
                    j++;
                }
            } else {
                // A loose run stops before a character that opens a tight pair.
                while (j + 1 < s.length() && !LatinRuns.tight(s.charAt(j), s.charAt(j + 1))
                        && !(j + 2 < s.length() && LatinRuns.tight(s.charAt(j + 1), s.charAt(j + 2)))) {
                    j++;
                }
            }
            String run = s.substring(i, j + 1);
            JustificationInfo spacing = tight ? inWord : info;
            super.drawString(run, x, y, spacing == NONE ? null : spacing);
            float width = font.getFontDescription().getFont().getWidthPoint(run, font.getSize2D());
            x += width + (j - i) * spacing.nonSpaceAdjust() + info.nonSpaceAdjust();
            i = j + 1;
        }
    }
}
