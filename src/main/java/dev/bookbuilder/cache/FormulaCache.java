package dev.bookbuilder.cache;

import dev.bookbuilder.markdown.math.MathRenderer;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Drawn formulas kept across builds: the SVG and box of each (LaTeX, display or inline) pair, so
 * that a rebuild draws only the formulas that are new. The cached entry is exactly what drawing
 * would give (the box's numbers are written so that they read back to the same doubles), so the
 * output does not depend on whether the cache was warm.
 */
public final class FormulaCache {
    /**
     * Raise when the drawing changes (MathRenderer's SVG, its size, the LaTeX handed to JLaTeXMath, JLaTeXMath's version): entries of
     * other versions are then never read again.
     */
    static final String VERSION = "formula-4 jlatexmath-1.0.7 em=" + MathRenderer.EM;

    /** The drawings' version: what is derived from a drawing and kept elsewhere names it too. */
    public static String version() {
        return VERSION;
    }

    private static final FormulaCache SHARED = new FormulaCache(ContentCache.fromSystemProperty("formulas", VERSION));

    private final ContentCache store;

    FormulaCache(ContentCache store) {
        this.store = store;
    }

    /** The cache in the folder the launcher names ({@code -Dbookbuilder.cache}), or one that keeps nothing. */
    public static FormulaCache shared() {
        return SHARED;
    }

    /** The cached drawing of {@code key}, if a build has kept it. */
    public Optional<MathRenderer.Image> cached(String key, String fileName) {
        return store.get(key).flatMap(text -> decode(fileName, text));
    }

    /** The cached drawing of {@code key}, else {@code draw}'s, which is then kept. */
    public MathRenderer.Image get(String key, String fileName, Supplier<MathRenderer.Image> draw) {
        Optional<MathRenderer.Image> hit = cached(key, fileName);
        if (hit.isPresent()) {
            return hit.get();
        }
        MathRenderer.Image drawn = draw.get();
        store.put(key, encode(drawn));
        return drawn;
    }

    static String encode(MathRenderer.Image img) {
        return img.widthEm() + " " + img.heightEm() + " " + img.depthEm() + "\n" + img.svg();
    }

    static Optional<MathRenderer.Image> decode(String fileName, String text) {
        int nl = text.indexOf('\n');
        String[] box = nl < 0 ? new String[0] : text.substring(0, nl).split(" ");
        if (box.length != 3 || !text.endsWith("</svg>")) {
            return Optional.empty(); // damaged or cut short: draw again
        }
        try {
            return Optional.of(new MathRenderer.Image(fileName, text.substring(nl + 1),
                    Double.parseDouble(box[0]), Double.parseDouble(box[1]), Double.parseDouble(box[2])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
