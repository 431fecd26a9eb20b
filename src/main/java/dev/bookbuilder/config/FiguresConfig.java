package dev.bookbuilder.config;

/**
 * book.yml's {@code figures:}: the family diagrams and charts are set in, and PlantUML lines
 * added after the house skin.
 *
 * @param font a font family installed on the machine; empty for the house choice
 * @param skin PlantUML {@code skinparam} lines, or empty
 */
public record FiguresConfig(String font, String skin) {
    public static final FiguresConfig DEFAULT = new FiguresConfig("", "");
}
