package dev.bookbuilder.pdf;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.openpdf.pdf.ITextFSFont;
import org.openpdf.pdf.ITextOutputDevice;
import org.openpdf.render.FSFont;
import org.openpdf.render.JustificationInfo;

/**
 * The renderer's PDF output, drawing the lines that {@link InterCharacterJustification} set with
 * their Latin words tight: the renderer adds a line's character spacing after every character,
 * which letter-spaced the Latin words of a Chinese line. Such text is drawn in runs, a Latin word
 * without added spacing, the rest with the line's spacing between characters.
 */
final class PrintOutputDevice extends ITextOutputDevice {
    /** The spacings that this project's justification made; others (Latin books) draw as the renderer does. */
    private final Set<JustificationInfo> interCharacter = Collections.newSetFromMap(new IdentityHashMap<>());
    private ITextFSFont font;

    PrintOutputDevice(float dotsPerPoint) {
        super(dotsPerPoint);
    }

    /** Marks a line's spacing as spread over the loose gaps only ({@link LatinRuns}). */
    JustificationInfo interCharacter(float each) {
        JustificationInfo info = new JustificationInfo(each, each);
        interCharacter.add(info);
        return info;
    }

    @Override
    public void setFont(FSFont font) {
        super.setFont(font);
        this.font = (ITextFSFont) font;
    }

    @Override
    public void drawString(String s, float x, float y, JustificationInfo info) {
        if (info == null || !interCharacter.contains(info)) {
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
            super.drawString(run, x, y, tight ? null : info);
            float width = font.getFontDescription().getFont().getWidthPoint(run, font.getSize2D());
            x += width + (tight ? 0 : (j - i) * info.nonSpaceAdjust()) + info.nonSpaceAdjust();
            i = j + 1;
        }
    }
}
