package dev.bookbuilder.importer;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MyST's admonitions (Jupyter Book, Sphinx; also written in docsify books), a fence named in braces:
 * {@code ```{important}}, become the callouts they stand for, {@code > [!IMPORTANT]}; the words after
 * the name are the callout's first line, in bold. A fence name in braces that is not an admonition
 * ({@code {code-cell}}) stays a fence.
 */
final class MystAdmonitions {
    private static final Pattern FENCE = Pattern.compile("(?ms)^([ \\t]*)(```+|~~~+)[ \\t]*\\{([A-Za-z-]+)\\}[ \\t]*([^\\n]*)\\n(.*?)^\\1\\2[ \\t]*$");
    private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("note", "NOTE"), Map.entry("seealso", "NOTE"),
            Map.entry("admonition", "NOTE"), Map.entry("tip", "TIP"), Map.entry("hint", "TIP"), Map.entry("important", "IMPORTANT"),
            Map.entry("warning", "WARNING"), Map.entry("attention", "WARNING"), Map.entry("caution", "CAUTION"),
            Map.entry("danger", "CAUTION"), Map.entry("error", "CAUTION"));

    private MystAdmonitions() {
    }

    static String convert(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = FENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String kind = KINDS.get(m.group(3).toLowerCase(Locale.ROOT));
            if (kind == null) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                continue;
            }
            String indent = m.group(1);
            StringBuilder quote = new StringBuilder(indent).append("> [!").append(kind).append("]\n");
            if (!m.group(4).isBlank()) {
                quote.append(indent).append("> **").append(m.group(4).strip()).append("**\n").append(indent).append(">\n");
            }
            for (String line : m.group(5).split("\\n", -1)) {
                if (line.startsWith(":") && line.matches(":[a-z-]+:.*")) {
                    continue; // an option line (:class: …)
                }
                String body = line.startsWith(indent) ? line.substring(indent.length()) : line;
                quote.append(indent).append(body.isEmpty() ? ">" : "> " + body).append('\n');
            }
            while (quote.toString().endsWith(indent + ">\n")) {
                quote.setLength(quote.length() - indent.length() - 2); // the fence body's last newline
            }
            m.appendReplacement(out, Matcher.quoteReplacement(quote.toString().stripTrailing()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
