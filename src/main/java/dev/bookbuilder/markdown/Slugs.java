package dev.bookbuilder.markdown;

import java.util.Locale;

/** GitHub's heading anchors, so that {@code file.md#anchor} links work on a code host and in the book alike. */
public final class Slugs {
    private Slugs() {
    }

    /** Lower-cases, drops punctuation (CJK punctuation included), turns spaces into hyphens. */
    public static String slug(String headingText) {
        StringBuilder sb = new StringBuilder();
        String lower = headingText.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-') {
                sb.appendCodePoint(cp);
            } else if (cp == ' ') {
                sb.append('-');
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }
}
