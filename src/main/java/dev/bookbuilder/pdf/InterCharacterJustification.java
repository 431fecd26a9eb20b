package dev.bookbuilder.pdf;

import java.lang.reflect.Field;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.render.Box;
import org.openpdf.render.CharCounts;
import org.openpdf.render.InlineLayoutBox;
import org.openpdf.render.JustificationInfo;
import org.openpdf.render.LineBox;

/**
 * Justification across all characters, as Chinese books set it (clreq §3.2.3). The renderer gives a
 * justified line's slack 80% to its word spaces and 20% to its characters: a line with one Latin
 * word opened holes of several ems around it, and a line without spaces received only a fifth of its
 * slack and ended ragged. After layout, each justified line's slack is spread evenly over every gap
 * between its characters, spaces included; the renderer's own justification is undone by moving each
 * piece of text by the difference.
 */
final class InterCharacterJustification {
    private static final Field INFO = field();

    private InterCharacterJustification() {
    }

    static void apply(ITextRenderer renderer) {
        visit(renderer.getRootBox());
    }

    private static void visit(Box box) {
        if (box instanceof LineBox line) {
            rejustify(line);
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            visit(box.getChild(i));
        }
        if (box instanceof InlineLayoutBox inline) {
            for (Object child : inline.getInlineChildren()) {
                if (child instanceof Box b && !(child instanceof InlineLayoutBox)) {
                    visit(b); // inline blocks hold lines of their own
                }
            }
        }
    }

    private static void rejustify(LineBox line) {
        JustificationInfo old = line.getJustificationInfo();
        if (old == null && followedByContent(line)) {
            // The renderer takes a line followed only by an inline block (a paragraph's held last
            // characters, a citation) for the paragraph's last line, and leaves it ragged.
            old = new JustificationInfo(0, 0);
        }
        if (old == null || line.isContainsDynamicFunction() || line.getFloatDistances() == null) {
            return;
        }
        CharCounts counts = new CharCounts();
        for (Box b : line.getChildren()) {
            if (b instanceof InlineLayoutBox inline) {
                inline.countJustifiableChars(counts);
            }
        }
        int gaps = counts.getNonSpaceCount() - 1 + counts.getSpaceCount();
        if (gaps <= 0) {
            return;
        }
        int available = line.getParent().getContentWidth() - line.getFloatDistances().leftFloatDistance()
                - line.getFloatDistances().rightFloatDistance() - line.getContentStart();
        int slack = available - line.getContentWidth();
        if (slack <= 0) {
            return;
        }
        float each = (float) slack / gaps;
        JustificationInfo delta = new JustificationInfo(each - old.nonSpaceAdjust(), each - old.spaceAdjust());
        float adjust = 0;
        for (Box b : line.getChildren()) {
            b.setX(b.getX() + Math.round(adjust));
            if (b instanceof InlineLayoutBox inline) {
                adjust += inline.adjustHorizontalPosition(delta, adjust);
            }
        }
        line.calcChildLocations(); // the pieces' places on the page follow their new offsets
        try {
            INFO.set(line, new JustificationInfo(each, each));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
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
