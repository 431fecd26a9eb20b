package dev.bookbuilder.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.openpdf.css.style.CalculatedStyle;
import org.openpdf.layout.breaker.BreakPoint;
import org.openpdf.layout.breaker.BreakPointsProvider;
import org.openpdf.layout.breaker.LineBreakingStrategy;

/**
 * Line breaking by ICU's implementation of UAX #14, which knows the Chinese rules the JDK's
 * iterator misses: no line starts with closing punctuation (，。、；：？！）」』》) and none ends with
 * opening punctuation. Breaks after "/" in long URLs stay possible. Two rules of Chinese
 * typesetting UAX #14 does not know are added: a label never leaves its number ("图 1-3",
 * "式 (3-2)", "第 7 页"), and a number never leaves its unit ("80 GB", "3 倍").
 */
final class CjkLineBreaking implements LineBreakingStrategy {
    private static final String LABELS = "图表式例第见";
    /** ICU's line iterators, one per language, cloned for each text: a shared one would be consumed by two texts at once. */
    private final java.util.Map<String, BreakIterator> iterators = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String lang, CalculatedStyle style) {
        String key = lang == null ? "" : lang;
        BreakIterator it = (BreakIterator) iterators.computeIfAbsent(key, k -> BreakIterator.getLineInstance(k.isEmpty() ? ULocale.ROOT : ULocale.forLanguageTag(k))).clone();
        it.setText(text);
        return () -> {
            int next = it.next();
            while (next != BreakIterator.DONE && held(text, next)) {
                next = it.next();
            }
            return next == BreakIterator.DONE ? BreakPoint.getDonePoint() : new BreakPoint(next);
        };
    }

    /** Whether a break before {@code at} would split a label from its number or a number from its unit. */
    static boolean held(String text, int at) {
        if (at < 2 || at >= text.length() || !isSpace(text.charAt(at - 1))) {
            return false;
        }
        char before = text.charAt(at - 2);
        char after = text.charAt(at);
        if (LABELS.indexOf(before) >= 0 && (Character.isDigit(after) || after == '(' || after == '（')) {
            return true;
        }
        // A number and the word after it: a unit ("GB", "ms", "秒", "倍"), kept on the number's line.
        return Character.isDigit(before) && (Character.isLetter(after) || after == '%') && !isSpace(after)
                && unitLength(text, at) <= 4;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u2009' || c == '\u00A0' || c == '\u2005' || c == '\u2006';
    }

    /** The length of the word at {@code at}: a Latin word up to a space or a non-letter, one CJK character. */
    private static int unitLength(String text, int at) {
        if (Character.UnicodeScript.of(text.charAt(at)) == Character.UnicodeScript.HAN) {
            return 1;
        }
        int end = at;
        while (end < text.length() && Character.isLetter(text.charAt(end))
                && Character.UnicodeScript.of(text.charAt(end)) != Character.UnicodeScript.HAN) {
            end++;
        }
        return end - at;
    }
}
