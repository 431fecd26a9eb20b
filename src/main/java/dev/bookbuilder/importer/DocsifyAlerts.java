package dev.bookbuilder.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docsify's two helpers for a paragraph that stands out, {@code !> important} and {@code ?> tip}, become the
 * callouts they stand for ({@code > [!IMPORTANT]}, {@code > [!TIP]}); in a code block they are code.
 */
final class DocsifyAlerts {
    private static final Pattern ALERT = Pattern.compile("^( {0,3})([!?])> ?(.*)$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private DocsifyAlerts() {
    }

    static String convert(String text) {
        if (!text.contains("!>") && !text.contains("?>")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        String fence = null;
        for (String line : text.split("\n", -1)) {
            Matcher f = FENCE.matcher(line);
            if (f.find()) {
                String marker = f.group(1);
                if (fence == null) {
                    fence = marker;
                } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) {
                    fence = null;
                }
            }
            Matcher a = fence == null ? ALERT.matcher(line) : null;
            if (a != null && a.matches()) {
                String kind = a.group(2).equals("!") ? "IMPORTANT" : "TIP";
                out.append(a.group(1)).append("> [!").append(kind).append("]\n").append(a.group(1)).append("> ").append(a.group(3));
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }
}
