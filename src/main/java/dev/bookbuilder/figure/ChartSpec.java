package dev.bookbuilder.figure;

import dev.bookbuilder.config.Positioned;
import java.util.List;

/**
 * A chart as its ```` ```chart ```` block describes it (docs/format.md, "Charts").
 *
 * @param categories the bars' labels, in order (bar, hbar, grouped-bar)
 * @param sources    the references.bib keys named in {@code source:}, where they were written
 */
public record ChartSpec(Type type, String title, String unit, Axis x, Axis y, List<String> categories, List<Series> series,
        List<Annotation> annotations, List<Positioned<String>> sources) {

    public enum Type {
        BAR, HBAR, GROUPED_BAR, LINE, SCATTER;

        static Type of(String name) {
            return switch (name) {
                case "bar" -> BAR;
                case "hbar" -> HBAR;
                case "grouped-bar" -> GROUPED_BAR;
                case "line" -> LINE;
                case "scatter" -> SCATTER;
                default -> null;
            };
        }

        boolean categorical() {
            return this == BAR || this == HBAR || this == GROUPED_BAR;
        }
    }

    /** An axis' label and unit ("准确率（%）"), and whether it is logarithmic. */
    public record Axis(String label, String unit, boolean log) {
        static final Axis NONE = new Axis("", "", false);

        String text() {
            if (unit.isEmpty()) {
                return label;
            }
            return label.isEmpty() ? unit : label + "（" + unit + "）";
        }
    }

    /** One series: {@code values} per category, or {@code points} as (x, y) pairs. */
    public record Series(String name, List<Double> values, List<double[]> points) {
    }

    /** A note at a point (x, y), or above a category's bar. */
    public record Annotation(String text, String category, double x, double y) {
    }
}
