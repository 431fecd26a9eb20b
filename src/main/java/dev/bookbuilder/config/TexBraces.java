package dev.bookbuilder.config;

/** Balanced TeX braces, as BibTeX values and LaTeX macros both need them: {@code \{} and {@code \}} are not braces. */
public final class TexBraces {
    private TexBraces() {
    }

    /** The index of the brace that closes the group opened at {@code open}, or -1 when it is never closed. */
    public static int closing(CharSequence s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
