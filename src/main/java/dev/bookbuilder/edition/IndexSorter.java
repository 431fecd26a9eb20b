package dev.bookbuilder.edition;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.Locale;

/**
 * How Chinese readers look things up: entries grouped by letter, a Chinese term under the pinyin
 * initial of its first character, a Latin term under its first letter; symbols and digits first.
 * Within a letter, Latin terms (case-insensitive) come before Chinese ones in pinyin order.
 * A {@code sort:} key from the glossary replaces the machine's reading (长 is cháng or zhǎng).
 */
public final class IndexSorter {
    public static final String SYMBOLS = "#";
    private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
    private final Collator zh = Collator.getInstance(ULocale.SIMPLIFIED_CHINESE);

    /** The reading an entry sorts by: its sort key, else pinyin (for Chinese) or the lower-cased term. */
    public String reading(String term, String sortKey) {
        if (sortKey != null && !sortKey.isBlank()) {
            return sortKey.strip().toLowerCase(Locale.ROOT);
        }
        synchronized (PINYIN) {
            return PINYIN.transliterate(term).toLowerCase(Locale.ROOT);
        }
    }

    /** The group heading: A–Z, or {@link #SYMBOLS}. */
    public String group(String term, String sortKey) {
        return groupOf(reading(term, sortKey));
    }

    private static String groupOf(String reading) {
        char c = reading.isEmpty() ? '#' : reading.charAt(0);
        return c >= 'a' && c <= 'z' ? String.valueOf(Character.toUpperCase(c)) : SYMBOLS;
    }

    /** Orders terms, given a function to their sort keys. Readings are worked out once per term. */
    public Comparator<String> order(java.util.function.Function<String, String> sortKeyOf) {
        java.util.Map<String, String> readings = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.function.Function<String, String> readingOf = t -> readings.computeIfAbsent(t, x -> reading(x, sortKeyOf.apply(x)));
        return Comparator.<String, String>comparing(t -> groupOf(readingOf.apply(t)), (a, b) -> a.equals(b) ? 0
                        : a.equals(SYMBOLS) ? -1 : b.equals(SYMBOLS) ? 1 : a.compareTo(b))
                .thenComparing(IndexSorter::isChinese)
                .thenComparing(t -> isChinese(t) ? readingOf.apply(t).replaceAll("[^a-z0-9 ]", "") : t.toLowerCase(Locale.ROOT))
                .thenComparing(zh::compare)
                .thenComparing(Comparator.naturalOrder());
    }

    static boolean isChinese(String term) {
        return !term.isEmpty() && Character.UnicodeScript.of(term.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
