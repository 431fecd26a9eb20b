package dev.bookbuilder.edition;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.Locale;

/**
 * How readers look things up, in the book's language. In a Chinese book: entries grouped by letter,
 * a Chinese term under the pinyin initial of its first character, a Latin term under its first letter;
 * within a letter, Latin terms (case-insensitive) before Chinese ones in pinyin order. In any other
 * language: grouped by the first letter without its accents (É under E), ordered by the language's
 * collation (ICU). Symbols and digits come first. A {@code sort:} key from the glossary replaces the
 * machine's reading (长 is cháng or zhǎng).
 */
public final class IndexSorter {
    public static final String SYMBOLS = "#";
    private static final Transliterator PINYIN = Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower");
    private final Collator collator;
    private final boolean chinese;

    /** A Chinese book's sorter. */
    public IndexSorter() {
        this(ULocale.SIMPLIFIED_CHINESE);
    }

    public IndexSorter(ULocale locale) {
        this.chinese = locale.getLanguage().equals("zh");
        this.collator = Collator.getInstance(chinese ? ULocale.SIMPLIFIED_CHINESE : locale);
    }

    /** The reading an entry sorts by: its sort key, else pinyin (for Chinese) or the lower-cased term without accents. */
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
        Comparator<String> byGroup = Comparator.comparing(t -> groupOf(readingOf.apply(t)), (a, b) -> a.equals(b) ? 0
                : a.equals(SYMBOLS) ? -1 : b.equals(SYMBOLS) ? 1 : a.compareTo(b));
        if (!chinese) {
            // The language's own order (ICU), by the sort key where the glossary gives one.
            return byGroup.thenComparing(t -> sortKeyOf.apply(t) != null && !sortKeyOf.apply(t).isBlank() ? sortKeyOf.apply(t) : t,
                    collator::compare).thenComparing(Comparator.naturalOrder());
        }
        return byGroup
                .thenComparing(IndexSorter::isChinese)
                .thenComparing(t -> isChinese(t) ? readingOf.apply(t).replaceAll("[^a-z0-9 ]", "") : t.toLowerCase(Locale.ROOT))
                .thenComparing(collator::compare)
                .thenComparing(Comparator.naturalOrder());
    }

    static boolean isChinese(String term) {
        return !term.isEmpty() && Character.UnicodeScript.of(term.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
