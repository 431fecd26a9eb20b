package dev.bookbuilder.pdf;

import java.lang.reflect.Field;
import org.openpdf.css.value.FontSpecification;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.render.Box;
import org.openpdf.render.InlineLayoutBox;
import org.openpdf.render.InlineText;
import org.openpdf.render.JustificationInfo;
import org.openpdf.render.LineBox;

/**
 * Justification across all characters, as Chinese books set it (clreq §3.2.3). The renderer gives a
 * justified line's slack 80% to its word spaces and 20% to its characters: a line with one Latin
 * word opened holes of several ems around it, and a line without spaces received only a fifth of its
 * slack and ended ragged. After layout, each justified line's slack is spread evenly over the gaps
 * between its characters, spaces included, except inside a Latin word ({@link LatinRuns}), which is
 * spaced only when the other gaps would grow wider than {@link #LOOSE_MOST}; the renderer's own
 * justification is undone by moving each piece of text by the difference, and
 * {@link PrintOutputDevice} draws the line's text the same way.
 */
final class InterCharacterJustification {
    private static final Field INFO = field();
    /** The widest a gap between Chinese characters grows, in ems, before Latin letters are spaced too. */
    private static final float LOOSE_MOST = 0.3f;

    private InterCharacterJustification() {
    }

    static void apply(ITextRenderer renderer) {
        visit(renderer.getRootBox(), (PrintOutputDevice) renderer.getOutputDevice());
    }

    private static void visit(Box box, PrintOutputDevice device) {
        if (box instanceof LineBox line) {
            rejustify(line, device);
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            visit(box.getChild(i), device);
        }
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof Box b && !(child instanceof InlineLayoutBox)) {
                    visit(b, device); // inline blocks hold lines of their own
                }
            }
        }
    }

    private static void rejustify(LineBox line, PrintOutputDevice device) {
        JustificationInfo old = line.getJustificationInfo();
        if (old == null && followedByContent(line)) {
            // The renderer takes a line followed only by an inline block (a paragraph's held last
            // characters, a citation) for the paragraph's last line, and leaves it ragged.
            old = new JustificationInfo(0, 0);
        }
        if (old == null || line.isContainsDynamicFunction() || line.getFloatDistances() == null) {
            return;
        }
        // Loose and tight gaps; the line's last character has no gap after it, unless an inline block
        // (a held citation) ends the line: then the text's last character has one, before that block.
        int[] gaps = {endsWithText(line) ? -1 : 0, 0};
        for (Box b : line.getChildren()) {
            if (b instanceof InlineLayoutBox inline) {
                count(inline, gaps);
            }
        }
        int loose = Math.max(gaps[0], 0);
        int tight = gaps[1];
        int available = line.getParent().getContentWidth() - line.getFloatDistances().leftFloatDistance()
                - line.getFloatDistances().rightFloatDistance() - line.getContentStart();
        int slack = available - line.getContentWidth();
        if (slack <= 0 || loose + tight == 0) {
            return;
        }
        // The gaps between Chinese characters take the slack up to a limit; what is left spaces the
        // letters of the line's Latin words, a last resort (a wide formula carried to the next line).
        FontSpecification font = line.getParent().getStyle().getFontSpecification();
        float most = font == null ? Float.MAX_VALUE : font.size * LOOSE_MOST;
        float eachLoose = loose == 0 ? 0 : (float) slack / loose;
        float eachTight = 0;
        if (tight > 0 && (loose == 0 || eachLoose > most)) {
            eachLoose = Math.min(eachLoose, most);
            eachTight = (slack - eachLoose * loose) / tight;
        }
        float adjust = 0;
        for (Box b : line.getChildren()) {
            b.setX(b.getX() + Math.round(adjust));
            if (b instanceof InlineLayoutBox inline) {
                adjust += shift(inline, old, eachLoose, eachTight, adjust);
            }
        }
        line.calcChildLocations(); // the pieces' places on the page follow their new offsets
        try {
            INFO.set(line, device.interCharacter(eachLoose, eachTight));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean endsWithText(LineBox line) {
        Object last = line.getChildCount() == 0 ? null : line.getChild(line.getChildCount() - 1);
        while (last instanceof InlineLayoutBox inline && !inline.getInlineChildren().isEmpty()) {
            last = inline.getInlineChildren().get(inline.getInlineChildren().size() - 1);
        }
        return last instanceof InlineText;
    }

    private static void count(InlineLayoutBox box, int[] gaps) {
        for (Object o : box.getInlineChildren()) {
            if (o instanceof InlineText text) {
                String s = text.getSubstring();
                int loose = LatinRuns.looseGaps(s);
                gaps[0] += loose;
                gaps[1] += s.length() - loose;
            } else if (o instanceof InlineLayoutBox inline) {
                count(inline, gaps);
            }
        }
    }

    /**
     * Moves the box's pieces from the renderer's spacing to the new one, as
     * {@link InlineLayoutBox#adjustHorizontalPosition} moves them for a uniform spacing; returns how
     * far the box's content moved.
     */
    private static float shift(InlineLayoutBox box, JustificationInfo was, float eachLoose, float eachTight, float adjust) {
        float running = adjust;
        float result = 0;
        for (Object o : box.getInlineChildren()) {
            if (o instanceof InlineText text) {
                text.setX(text.getX() + Math.round(result));
                String s = text.getSubstring();
                int loose = LatinRuns.looseGaps(s);
                float moved = loose * eachLoose + (s.length() - loose) * eachTight - text.calcTotalAdjustment(was);
                result += moved;
                running += moved;
            } else {
                Box b = (Box) o;
                b.setX(b.getX() + Math.round(running));
                if (b instanceof InlineLayoutBox inline) {
                    float moved = shift(inline, was, eachLoose, eachTight, running);
                    result += moved;
                    running += moved;
                }
            }
        }
        return result;
    }

    private static boolean followedByContent(LineBox line) {
        if (line.isEndsOnNL() || !line.getParent().getStyle().isTextJustify()) {
            return false;
        }
        for (Box next = line.getNextSibling(); next != null; next = next.getNextSibling()) {
            if (next instanceof LineBox && next.getChildCount() > 0) {
                return true;
            }
        }
        return false;
    }

    private static Field field() {
        try {
            Field f = LineBox.class.getDeclaredField("_justificationInfo");
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("this OpenPDF HTML renderer keeps no justification per line", e);
        }
    }
}
