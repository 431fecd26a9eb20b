package dev.bookbuilder.config;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TeX markup a BibTeX file uses inside its values, as the characters it stands for: accents
 * ({@code Tram\`er}, {@code {\"o}}, {@code \c{c}}), named letters ({@code \ss}, {@code \o}) and quotes
 * ({@code ``…''}). A reference printed "Tram\`er" and "``A Helpful Assistant''".
 */
final class TexText {
    /**
     * An accent command, its letter braced or not, the whole optionally in a group: \`e, \'{e}, {\"o}, \c{c}, \v s. Only a
     * control word (\c, \v) is followed by spaces before its letter; after \' a space ends the accent ("Tram\` and" is no "à").
     */
    private static final Pattern ACCENT = Pattern.compile("\\{?\\\\(?:([`'^\"~=.])|([cvuHkr])(?:\\s+|(?=\\{)))\\{?\\\\?([A-Za-z])\\}?\\}?");
    private static final Map<String, String> MARKS = Map.ofEntries(Map.entry("`", "\u0300"), Map.entry("'", "\u0301"),
            Map.entry("^", "\u0302"), Map.entry("~", "\u0303"), Map.entry("\"", "\u0308"), Map.entry("=", "\u0304"),
            Map.entry(".", "\u0307"), Map.entry("c", "\u0327"), Map.entry("v", "\u030C"), Map.entry("u", "\u0306"),
            Map.entry("H", "\u030B"), Map.entry("k", "\u0328"), Map.entry("r", "\u030A"));
    private static final Pattern LETTER = Pattern.compile("\\{?\\\\(ss|aa|AA|ae|AE|oe|OE|o|O|l|L|i)(?![A-Za-z])\\}?\\s?");
    private static final Map<String, String> LETTERS = Map.ofEntries(Map.entry("ss", "ß"), Map.entry("aa", "å"), Map.entry("AA", "Å"),
            Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("o", "ø"), Map.entry("O", "Ø"),
            Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"));

    private TexText() {
    }

    static String characters(String value) {
        if (value.indexOf('\\') < 0 && value.indexOf('`') < 0 && !value.contains("''")) {
            return value;
        }
        Matcher m = ACCENT.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String accent = m.group(1) != null ? m.group(1) : m.group(2);
            // \'{\i}: the dotless i takes the accent, as the plain i
            m.appendReplacement(out, Matcher.quoteReplacement(Normalizer.normalize(m.group(3) + MARKS.get(accent), Normalizer.Form.NFC)));
        }
        m.appendTail(out);
        m = LETTER.matcher(out.toString());
        out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(LETTERS.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString().replace("``", "\u201C").replace("''", "\u201D");
    }

    /**
     * A name list whose braced names stay whole: "{Hugging Face}" and "{Dao-AILab contributors}" are one
     * name each, not a given name and the family name "Face". Their spaces become no-break spaces, which
     * neither the split at " and " nor the one before a family name sees.
     */
    static String bracedNamesWhole(String value) {
        StringBuilder out = new StringBuilder(value.length());
        int depth = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                out.append(c).append(value.charAt(++i));
                continue;
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            out.append(depth > 0 && Character.isWhitespace(c) ? '\u00A0' : c);
        }
        return out.toString();
    }
}
