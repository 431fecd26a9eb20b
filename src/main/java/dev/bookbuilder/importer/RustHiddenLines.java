package dev.bookbuilder.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * mdBook hides a Rust block's lines that start with {@code # } (or are a lone {@code #}): they make the example
 * compile but are not shown. A book shows what mdBook shows, so the import leaves them out; {@code ##} is a
 * literal {@code #}. Attributes ({@code #[…]}, {@code #![…]}) are code and stay.
 */
final class RustHiddenLines {
    private static final Pattern RUST_BLOCK = Pattern.compile("(?ms)^([ \\t]*)(```+|~~~+)[ \\t]*rust\\b[^\\n]*\\n(.*?)^\\1\\2[ \\t]*$");

    private RustHiddenLines() {
    }

    static String strip(String text) {
        Matcher m = RUST_BLOCK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String whole = m.group();
            int bodyStart = m.start(3) - m.start();
            int bodyEnd = m.end(3) - m.start();
            StringBuilder body = new StringBuilder();
            for (String line : whole.substring(bodyStart, bodyEnd).split("(?<=\\n)")) {
                String t = line.stripLeading();
                String bare = t.replaceAll("\\R$", "");
                if (bare.equals("#") || t.startsWith("# ")) {
                    continue;
                }
                body.append(t.startsWith("##") ? line.replaceFirst("##", "#") : line);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(whole.substring(0, bodyStart) + body + whole.substring(bodyEnd)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
