package dev.bookbuilder.assets;

import dev.bookbuilder.config.PageSize;
import dev.bookbuilder.config.Position;
import dev.bookbuilder.config.SourceFiles;
import dev.bookbuilder.config.YamlDocument;
import dev.bookbuilder.config.YamlMap;
import dev.bookbuilder.diag.Diagnostics;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * How large images may be in each format, from book.yml's {@code images:} mapping:
 * {@code epub-max} (pixels on the longest side, default 1600) and {@code pdf-dpi} (pixels per inch at
 * the printed size, default 300). An image already within the limit is kept as it is.
 *
 * @param pageWidthMm the print page's width: no image is printed wider, so the PDF needs no more pixels
 */
public record ImageSettings(int epubMaxPixels, int pdfDpi, double pageWidthMm) {
    public static final ImageSettings DEFAULT = new ImageSettings(1600, 300, 185);
    /** No image may declare more pixels than this: a decompression bomb is refused before any allocation. */
    public static final long MAX_PIXELS = 100_000_000L;

    /** The settings of the book whose source folder is {@code root}, problems reported to {@code diags}. */
    public static ImageSettings load(Path root, Diagnostics diags) {
        Path file = root.resolve("book.yml");
        Optional<String> text = SourceFiles.read(root, file, new Diagnostics()); // book.yml's own problems are the config loader's
        if (text.isEmpty()) {
            return DEFAULT;
        }
        if (YamlDocument.parseMapping(text.get(), file, 1, new Diagnostics()).isEmpty()) {
            return DEFAULT; // reported by the config loader
        }
        Optional<YamlMap> doc = YamlDocument.parseMapping(text.get(), file, 1, diags);
        if (doc.isEmpty()) {
            return DEFAULT;
        }
        double pageWidth = DEFAULT.pageWidthMm;
        if (doc.get().isMapping("pdf")) {
            pageWidth = doc.get().map("pdf").string("page", false).map(PageSize::parse).map(PageSize::widthMm).orElse(pageWidth);
        }
        if (!doc.get().isMapping("images")) {
            return new ImageSettings(DEFAULT.epubMaxPixels, DEFAULT.pdfDpi, pageWidth);
        }
        YamlMap images = doc.get().map("images");
        images.warnUnknownKeys(Set.of("epub-max", "pdf-dpi"), "images");
        return new ImageSettings(number(images, "epub-max", DEFAULT.epubMaxPixels, 64, 8192, diags),
                number(images, "pdf-dpi", DEFAULT.pdfDpi, 72, 1200, diags), pageWidth);
    }

    /** The settings without reporting: for writers, once the loader has reported what is wrong. */
    public static ImageSettings of(Path root) {
        // Asked for by every page parsed (a whole book.yml parse each): parsed once per root and text.
        Optional<String> text = SourceFiles.read(root, root.resolve("book.yml"), new Diagnostics());
        if (PARSED.size() > 16) {
            PARSED.clear();
        }
        return PARSED.computeIfAbsent(root.toAbsolutePath() + "\u0000" + text.orElse(""), k -> load(root, new Diagnostics()));
    }

    private static final java.util.Map<String, ImageSettings> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The widest a PDF image need be, in pixels. */
    public int pdfMaxPixels() {
        return (int) Math.ceil(pageWidthMm / 25.4 * pdfDpi);
    }

    private static int number(YamlMap map, String key, int fallback, int min, int max, Diagnostics diags) {
        Optional<String> v = map.string(key, false);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        Position p = map.position(key);
        diags.error("bad-value", p.file(), p.line(), p.column(), "images." + key + " must be a whole number from " + min + " to " + max
                + " (got `" + v.get() + "`)");
        return fallback;
    }
}
