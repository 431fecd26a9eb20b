package dev.bookbuilder.config;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A page size in millimetres, from a preset name or {@code "185mm 260mm"}. */
public record PageSize(double widthMm, double heightMm) {
    public static final Map<String, PageSize> PRESETS = new LinkedHashMap<>();
    private static final Pattern EXPLICIT = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(mm|cm|in)\\s+(\\d+(?:\\.\\d+)?)\\s*(mm|cm|in)\\s*");
    /** Smaller pages leave no text block inside the margins; larger ones are no book. */
    static final double MIN_WIDTH_MM = 90;
    static final double MIN_HEIGHT_MM = 120;
    static final double MAX_MM = 1000;

    static {
        PRESETS.put("a4", new PageSize(210, 297));
        PRESETS.put("a5", new PageSize(148, 210));
        PRESETS.put("b5", new PageSize(185, 260)); // the Chinese trade B5 (16开), as print shops use it
        PRESETS.put("letter", new PageSize(215.9, 279.4));
    }

    public static boolean isValid(String spec) {
        return parse(spec) != null;
    }

    /** The size for a preset or explicit spec, or null when it is neither or not a book's size. */
    public static PageSize parse(String spec) {
        PageSize preset = PRESETS.get(spec.strip().toLowerCase(Locale.ROOT));
        if (preset != null) {
            return preset;
        }
        Matcher m = EXPLICIT.matcher(spec);
        if (!m.matches()) {
            return null;
        }
        PageSize size = new PageSize(mm(m.group(1), m.group(2)), mm(m.group(3), m.group(4)));
        boolean fits = size.widthMm() >= MIN_WIDTH_MM && size.heightMm() >= MIN_HEIGHT_MM
                && size.widthMm() <= MAX_MM && size.heightMm() <= MAX_MM;
        return fits ? size : null;
    }

    private static double mm(String value, String unit) {
        double v = Double.parseDouble(value);
        return switch (unit) {
            case "cm" -> v * 10;
            case "in" -> v * 25.4;
            default -> v;
        };
    }
}
