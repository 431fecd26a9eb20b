package dev.bookbuilder.pdf;

import java.util.IdentityHashMap;
import java.util.Map;
import org.openpdf.pdf.ITextFSFont;
import org.openpdf.pdf.ITextOutputDevice;
import org.openpdf.render.Box;
import org.openpdf.render.FSFont;
import org.openpdf.render.JustificationInfo;
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
            super.paintBorder(c, box);
        }
    }

    @Override
    public void paintBackground(RenderingContext c, Box box) {
        if (!beginsLater(c, box)) {
            super.paintBackground(c, box);
        }
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
