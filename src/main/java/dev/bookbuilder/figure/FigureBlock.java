package dev.bookbuilder.figure;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced block that is a figure's source: ```` ```plantuml ```` or ```` ```chart ````, with
 * where it stands, for diagnostics.
 *
 * @param line  the file line of the block's first content line
 * @param chart the chart's description, parsed at load (null for diagrams)
 */
public record FigureBlock(Kind kind, String source, String alt, Path file, int line, ChartSpec chart) {
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** The figure syntaxes, by fence language. */
    public enum Kind {
        PLANTUML, CHART;

        public static Kind of(String language) {
            return switch (language) {
                case "plantuml", "puml" -> PLANTUML;
                case "chart" -> CHART;
                default -> null;
            };
        }
    }

    /** The fence's {@code alt="…"}, else its {@code caption="…"}, else "". */
    public static String altText(String info) {
        String alt = "";
        String caption = "";
        Matcher m = ATTR.matcher(info);
        while (m.find()) {
            if (m.group(1).equals("alt")) {
                alt = m.group(2);
            } else if (m.group(1).equals("caption")) {
                caption = m.group(2);
            }
        }
        return alt.isEmpty() ? caption : alt;
    }

    /** What the drawing depends on: the same key, the same figure (a chart's legend names unnamed series in the book's language). */
    String key(FigureStyle style, FigureFont font, dev.bookbuilder.i18n.Labels labels) {
        return FigureStyle.VERSION + '\n' + kind + '\n' + font.family() + '\n' + style.extraSkin() + '\n'
                + (kind == Kind.CHART ? labels.get("chart.series") + '\n' : "") + source;
    }
}
