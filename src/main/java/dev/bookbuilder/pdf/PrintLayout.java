package dev.bookbuilder.pdf;

import dev.bookbuilder.config.PageSize;
import dev.bookbuilder.config.PdfConfig;
import java.util.Locale;

/**
 * The page geometry of the print edition: size from book.yml, margins scaled to it, mirrored
 * in duplex. Emitted as the {@code @page} rules that precede styles/print.css.
 */
record PrintLayout(PageSize size, boolean duplex) {

    static PrintLayout of(PdfConfig config) {
        PageSize size = PageSize.parse(config.page());
        return new PrintLayout(size == null ? PageSize.PRESETS.get("a4") : size, config.duplex());
    }

    double innerMm() {
        return Math.max(15, size.widthMm() * 0.12);
    }

    /**
     * The outer margin: about 9% of the page, adjusted so that the text block is a whole number of
     * characters wide (a line of Chinese text fills it exactly, with nothing left to spread).
     */
    double outerMm() {
        double charMm = fontSizePt() / 72 * 25.4;
        double free = size.widthMm() - innerMm();
        long chars = Math.round((free - Math.max(12, size.widthMm() * 0.09)) / charMm);
        if (free - chars * charMm < 10) {
            chars--;
        }
        return free - chars * charMm;
    }

    /** How many characters of body text a line holds. */
    int charsPerLine() {
        return (int) Math.round(textWidthMm() / 25.4 * 72 / fontSizePt());
    }

    double topMm() {
        return Math.max(16, size.heightMm() * 0.075);
    }

    double bottomMm() {
        return Math.max(16, size.heightMm() * 0.075);
    }

    /** The width of the text block, which code wrapping and image scaling need. */
    double textWidthMm() {
        return size.widthMm() - innerMm() - outerMm();
    }

    /** Body text size in points: smaller pages get slightly smaller type. */
    double fontSizePt() {
        return size.widthMm() < 160 ? 9.5 : 10.5;
    }

    /**
     * How many monospace columns fit a code line: a Latin code glyph is half an em of the code
     * size (0.85 of the text size) wide, a CJK glyph a full em, two columns.
     */
    int codeColumns() {
        double codePt = fontSizePt() * 0.85;
        double textPt = textWidthMm() / 25.4 * 72 - 1.6 * codePt - 2; // minus the block's padding and border
        return (int) Math.floor(textPt / (codePt * 0.5)) - 1;
    }

    /** How many Latin-width columns of index text (0.9 of body size) fit one of two index columns. */
    int indexColumnChars() {
        double columnPt = (textWidthMm() / 25.4 * 72 - 18) / 2;
        return (int) Math.floor(columnPt / (fontSizePt() * 0.9 * 0.5)) - 2;
    }

    /** The text block's height in points. */
    double textHeightPt() {
        return (size.heightMm() - topMm() - bottomMm()) / 25.4 * 72;
    }

    /**
     * The tallest a drawn figure may be: three quarters of the text block, so that with its caption and
     * the lines kept with the caption it fits one page (a taller one left an empty page before it).
     */
    double figureMaxHeightPt() {
        return textHeightPt() * 0.75;
    }

    /** How many index lines (line height 1.5) fit a column, with a margin for wrong estimates. */
    int indexColumnLines() {
        double textPt = (size.heightMm() - topMm() - bottomMm()) / 25.4 * 72;
        return (int) Math.floor(textPt / (fontSizePt() * 0.9 * 1.5) * 0.9);
    }

    String css() {
        String m = String.format(Locale.ROOT, "%.3fmm", topMm());
        String b = String.format(Locale.ROOT, "%.3fmm", bottomMm());
        String in = String.format(Locale.ROOT, "%.3fmm", innerMm());
        String out = String.format(Locale.ROOT, "%.3fmm", outerMm());
        StringBuilder css = new StringBuilder();
        css.append(String.format(Locale.ROOT, "@page { size: %.1fmm %.1fmm; margin: %s %s %s %s; }%n",
                size.widthMm(), size.heightMm(), m, out, b, in));
        if (duplex) {
            // Mirrored margins: the inner (binding) margin is wider.
            css.append("@page :left { margin-left: ").append(out).append("; margin-right: ").append(in).append("; }\n");
            css.append("@page :right { margin-left: ").append(in).append("; margin-right: ").append(out).append("; }\n");
        }
        css.append(String.format(Locale.ROOT, "html { font-size: %.1fpt; }%n", fontSizePt()));
        // Openers start a new page; in duplex the writer adds a blank page where one would fall on the left.
        css.append(".page-opener { page-break-before: always; }\n");
        return css.toString();
    }
}
