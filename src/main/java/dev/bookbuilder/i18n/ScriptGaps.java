package dev.bookbuilder.i18n;

/**
 * The small gap (a thin space, U+2009) that careful Chinese typesetting puts between Han characters
 * and Latin letters or digits ("模型 GPT-4", "第 3 章"). Made at render time, on text that is prose;
 * where the author typed a space, nothing is added. A text without Han characters is returned as is.
 */
public final class ScriptGaps {
    public static final char GAP = '\u2009';

    private ScriptGaps() {
    }

    /** The text with a gap wherever Han meets a Latin letter or digit; null stays null. */
    public static String space(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        StringBuilder out = null;
        int prev = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (prev >= 0 && needsGap(prev, cp)) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                out.append(GAP);
            }
            if (out != null) {
                out.appendCodePoint(cp);
            }
            prev = cp;
            i += Character.charCount(cp);
        }
        return out == null ? s : out.toString();
    }

    /** True when a gap belongs between these two characters. */
    public static boolean needsGap(int a, int b) {
        return (han(a) && latin(b)) || (latin(a) && han(b));
    }

    private static boolean han(int cp) {
        return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean latin(int cp) {
        return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
    }
}
