package dev.bookbuilder.figure;

/**
 * A drawn figure: an SVG document whose text is outlines, and its natural size in CSS pixels.
 *
 * @param fileName where it lives in the package, e.g. {@code figures/3fa2….svg}
 * @param sources  the references.bib keys a chart names as its data's source
 */
public record Figure(String fileName, String svg, double width, double height, String alt, java.util.List<String> sources) {
    /**
     * The width pages give it, in em: drawn at 16 px to the em, shown a little larger, since its text
     * (11–12 px) is set smaller than the body's.
     */
    public double widthEm() {
        return width / 16.0 * DISPLAY_SCALE;
    }

    /** How much larger than drawn a figure is shown, in both formats. */
    public static final double DISPLAY_SCALE = 1.15;
}
