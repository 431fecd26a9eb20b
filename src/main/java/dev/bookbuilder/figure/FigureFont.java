package dev.bookbuilder.figure;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Set;

/**
 * The one sans-serif family every figure is set in. Diagrams are laid out and outlined with the
 * same Java font, so the text's measured width and its drawn shapes agree.
 */
public record FigureFont(String family) {
    /** Families with Chinese and Latin glyphs, most wanted first; the JDK's composite SansSerif last. */
    private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
            "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "PingFang SC", "Microsoft YaHei", "Noto Sans", "DejaVu Sans");

    /** {@code wanted} when the machine has it, else the first preferred family it has. */
    public static FigureFont choose(String wanted) {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(java.util.Locale.ROOT));
        if (wanted != null && installed.contains(wanted)) {
            return new FigureFont(wanted);
        }
        return new FigureFont(PREFERRED.stream().filter(installed::contains).findFirst().orElse(Font.SANS_SERIF));
    }

    public Font font(int style, float size) {
        return new Font(family, style, 1).deriveFont(size);
    }
}
