package dev.bookbuilder.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** Enough of a CSS reader for tests: style rules with their declarations and the @media they sit in. */
public final class CssRules {
    private CssRules() {
    }

    /** A style rule; {@code media} is the condition of the enclosing @media, or empty. */
    public record Rule(String media, String selector, Map<String, String> declarations) {
        public boolean has(String property) {
            return declarations.containsKey(property);
        }
    }

    public static List<Rule> parse(String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        List<Rule> rules = new ArrayList<>();
        String media = "";
        int i = 0;
        while (true) {
            int open = text.indexOf('{', i);
            int close = text.indexOf('}', i);
            if (open < 0 && close < 0) {
                return rules;
            }
            if (close >= 0 && (open < 0 || close < open)) { // the end of the @media block
                media = "";
                i = close + 1;
                continue;
            }
            String prelude = text.substring(i, open).strip();
            if (prelude.startsWith("@media")) {
                media = prelude.substring("@media".length()).strip();
                i = open + 1;
                continue;
            }
            int end = text.indexOf('}', open);
            Map<String, String> decls = new LinkedHashMap<>();
            for (String d : text.substring(open + 1, end).split(";")) {
                int colon = d.indexOf(':');
                if (colon > 0) {
                    decls.put(d.substring(0, colon).strip().toLowerCase(Locale.ROOT), d.substring(colon + 1).strip());
                }
            }
            rules.add(new Rule(media, prelude, decls));
            i = end + 1;
        }
    }
}
