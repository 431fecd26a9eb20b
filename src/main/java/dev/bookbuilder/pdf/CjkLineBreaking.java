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
 * opening punctuation. Breaks after "/" in long URLs stay possible.
 */
final class CjkLineBreaking implements LineBreakingStrategy {

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String lang, CalculatedStyle style) {
        BreakIterator it = BreakIterator.getLineInstance(lang == null || lang.isEmpty() ? ULocale.ROOT : ULocale.forLanguageTag(lang));
        it.setText(text);
        return () -> {
            int next = it.next();
            return next == BreakIterator.DONE ? BreakPoint.getDonePoint() : new BreakPoint(next);
        };
    }
}
