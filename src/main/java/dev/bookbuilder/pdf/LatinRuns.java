package dev.bookbuilder.pdf;

/**
 * Which gaps of a justified Chinese line may stretch. clreq (§3.2.3) spreads a line's slack over the
 * gaps between characters, but a Latin word keeps its letters together ("LLaMA-7B", not
 * "L L a M A - 7 B"). A gap is tight when both its characters belong to a Latin run, or when a space
 * follows it.
 */
final class LatinRuns {
    private LatinRuns() {
    }

    /**
     * True when the gap between these two adjacent characters keeps its natural width: inside a Latin word,
     * and before a space, which stretches after itself (both gaps of a space stretched the parting around a
     * Latin word by twice what a gap between two Chinese characters took: "从  ReLU  到  SwiGLU").
     */
    static boolean tight(char a, char b) {
        return latin(a) && latin(b) || b == ' ' || b == '\u00A0';
    }

    /** The gaps after each of the text's characters that stretch, the last character's included. */
    static int looseGaps(String s) {
        int loose = 0;
        for (int i = 0; i < s.length(); i++) {
            if (i + 1 == s.length() || !tight(s.charAt(i), s.charAt(i + 1))) {
                loose++;
            }
        }
        return loose;
    }

    /** Letters, digits and the marks that join them, of any script that is set without CJK's square cells. */
    private static boolean latin(char c) {
        if (c <= ' ' || c == '\u00A0' || Character.isWhitespace(c) || Character.isSurrogate(c)) {
            return false;
        }
        if (c < 0x2E80) {
            return true; // Latin, Greek, Cyrillic, digits, ASCII punctuation, math operators
        }
        return c >= 0xFB00 && c < 0xFE00; // presentation forms; everything else from U+2E80 is CJK or full width
    }
}
