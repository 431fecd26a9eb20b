package dev.bookbuilder.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.List;

/**
 * The house style every figure shares, so diagrams and charts look like one book: one font,
 * one restrained palette that stays apart in greyscale, one stroke width.
 *
 * @param extraSkin PlantUML lines from book.yml's {@code figures.skin}, after the house skin
 */
public record FigureStyle(String extraSkin) {
    /** Bumped whenever drawing changes, so cached figures are drawn again. */
    static final String VERSION = "figures-2";

    static final Color INK = new Color(0x22, 0x2b, 0x33);
    static final Color GRID = new Color(0xd5, 0xdb, 0xe1);
    /** Series colours, dark to light: their greyscale values differ, and hatching and markers tell them apart too. */
    static final List<Color> SERIES = List.of(new Color(0x2f, 0x4b, 0x6e), new Color(0xc0, 0x7a, 0x3a),
            new Color(0x8f, 0xa9, 0xc4), new Color(0x5f, 0x8a, 0x5f), new Color(0x7a, 0x5f, 0xa0));
    static final Stroke LINE = new BasicStroke(1.6f);
    static final float FONT_SIZE = 12f;

    public static FigureStyle house() {
        return new FigureStyle("");
    }

    static Color series(int i) {
        return SERIES.get(i % SERIES.size());
    }

    /** Lines inserted after {@code @startuml}: the built-in layout engine, then the skin. */
    String plantUmlHeader(FigureFont font) {
        StringBuilder s = new StringBuilder();
        s.append("!pragma layout smetana\n");
        s.append("skinparam defaultFontName \"").append(font.family()).append("\"\n");
        for (String line : List.of("defaultFontSize 12", "shadowing false", "roundCorner 8", "backgroundColor #FFFFFF",
                "ArrowColor #37474F", "ArrowThickness 1", "DefaultTextAlignment center",
                "ActivityBackgroundColor #EEF2F6", "ActivityBorderColor #2F4B6E", "ActivityDiamondBackgroundColor #FFFFFF",
                "ActivityDiamondBorderColor #2F4B6E", "ActivityStartColor #222B33", "ActivityEndColor #222B33",
                "ActivityBarColor #2F4B6E", "PartitionBorderColor #7A8A99", "SwimlaneBorderColor #7A8A99",
                "ParticipantBackgroundColor #EEF2F6", "ParticipantBorderColor #2F4B6E",
                "SequenceLifeLineBorderColor #7A8A99", "SequenceGroupBorderColor #7A8A99", "SequenceBoxBorderColor #7A8A99",
                "ActorBackgroundColor #EEF2F6", "ActorBorderColor #2F4B6E",
                "RectangleBackgroundColor #EEF2F6", "RectangleBorderColor #2F4B6E", "ComponentBackgroundColor #EEF2F6",
                "ComponentBorderColor #2F4B6E", "NodeBackgroundColor #EEF2F6", "NodeBorderColor #2F4B6E",
                "DatabaseBackgroundColor #EEF2F6", "DatabaseBorderColor #2F4B6E", "QueueBackgroundColor #EEF2F6",
                "QueueBorderColor #2F4B6E", "PackageBorderColor #7A8A99", "PackageBackgroundColor #FFFFFF",
                "ClassBackgroundColor #EEF2F6", "ClassBorderColor #2F4B6E", "StateBackgroundColor #EEF2F6",
                "StateBorderColor #2F4B6E", "UsecaseBackgroundColor #EEF2F6", "UsecaseBorderColor #2F4B6E",
                "NoteBackgroundColor #FBF7EE", "NoteBorderColor #A07A2A", "ArrowFontSize 11")) {
            s.append("skinparam ").append(line).append('\n');
        }
        if (!extraSkin.isBlank()) {
            s.append(extraSkin.strip()).append('\n');
        }
        return s.toString();
    }
}
