package dev.bookbuilder.config;

import dev.bookbuilder.diag.Diagnostics;
import java.nio.file.Path;

/**
 * Characters XML 1.0 does not allow (C0 controls other than tab and line breaks, U+FFFE, U+FFFF,
 * unpaired surrogates): an XHTML page holding one is not a page at all, and EPUBCheck rejects the
 * book. Each is reported where it stands and dropped.
 */
public final class XmlChars {
    /** Enough to find them all; a file full of them is reported once more, as a whole. */
    private static final int REPORTED_PER_TEXT = 10;

    private XmlChars() {
    }

    public static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
    }

    /**
     * {@code text} without the characters XML does not allow, each reported at its line and column,
     * counted from {@code line}, {@code column} (where the text starts in {@code file}).
     */
    public static String clean(String text, Path file, int line, int column, Diagnostics diags) {
        int bad = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!allowed(c) || Character.isSurrogate(text.charAt(i)) && Character.charCount(c) == 1) {
                bad++;
            }
            i += Character.charCount(c);
        }
        if (bad == 0) {
            return withoutBadReferences(text, file, line, column, diags);
        }
        StringBuilder out = new StringBuilder(text.length());
        int l = line;
        int col = column;
        int reported = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            boolean lone = Character.isSurrogate(text.charAt(i)) && n == 1;
            if (!allowed(c) || lone) {
                if (reported++ < REPORTED_PER_TEXT) {
                    diags.warning("bad-character", file, l, col, String.format("character U+%04X (%s) is not allowed in XML: it is dropped",
                            c, c < 0x20 ? "a control character" : "not a character"));
                } else if (reported == REPORTED_PER_TEXT + 1) {
                    diags.warning("bad-character", file, l, col, (bad - REPORTED_PER_TEXT) + " more characters not allowed in XML from here"
                            + " on: they are dropped");
                }
            } else {
                out.appendCodePoint(c);
            }
            if (c == '\n') {
                l++;
                col = 1;
            } else {
                col++;
            }
            i += n;
        }
        return withoutBadReferences(out.toString(), file, line, column, diags);
    }

    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));");

    /**
     * A numeric character reference ({@code &#1;}) to a character XML does not allow: Markdown decodes it
     * into the text (a heading's, and so the contents'), so it is reported and dropped like the character.
     */
    private static String withoutBadReferences(String text, Path file, int line, int column, Diagnostics diags) {
        if (text.indexOf("&#") < 0) {
            return text;
        }
        java.util.regex.Matcher m = REFERENCE.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            long c = m.group(1) != null ? Long.parseLong(m.group(1), 16) : Long.parseLong(m.group(2));
            if (c > 0 && c <= 0x10FFFF && allowed((int) c) && !(c >= 0xD800 && c <= 0xDFFF)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            int l = line;
            int col = column;
            for (int i = 0; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    l++;
                    col = 1;
                } else {
                    col++;
                }
            }
            diags.warning("bad-character", file, l, col, "character reference `" + m.group() + "` names a character XML does not allow:"
                    + " it is dropped");
            out.append(text, copied, m.start());
            copied = m.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }
}
