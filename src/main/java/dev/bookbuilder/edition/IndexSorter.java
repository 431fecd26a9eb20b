package dev.bookbuilder.edition;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import dev.bookbuilder.cache.ContentCache;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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
    /**
     * Each term's machine reading, kept in the process and across builds: building ICU's Han → Latin
     * transliterator costs over a second of CPU, so it is built only for a term no build has read yet.
     */
    private static final Map<String, String> READINGS = new ConcurrentHashMap<>();
    private static final ContentCache STORED = ContentCache.fromSystemProperty("index-readings",
            "reading-1 icu-" + VersionInfo.ICU_VERSION + " " + Pinyin.RULES);
    private final ULocale locale;
    private final boolean chinese;
    /**
     * Built on first need: ICU's collation data cost a cold process about 0.2 s of CPU (and a scan of the jar), and a
     * Chinese index needs the collator only for terms of the same reading.
     */
    private Collator collator;

    /** Built on first need (see {@link #READINGS}). */
    private static final class Pinyin {
        static final String RULES = "Han-Latin; Latin-ASCII; Lower";
        static final Transliterator INSTANCE = Transliterator.getInstance(RULES);
    }

    /** A Chinese book's sorter. */
    public IndexSorter() {
        this(ULocale.SIMPLIFIED_CHINESE);
    }

    public IndexSorter(ULocale locale) {
        this.chinese = locale.getLanguage().equals("zh");
        this.locale = chinese ? ULocale.SIMPLIFIED_CHINESE : locale;
    }

    private synchronized Collator collator() {
        if (collator == null) {
            collator = Collator.getInstance(locale);
        }
        return collator;
    }

    /** The reading an entry sorts by: its sort key, else pinyin (for Chinese) or the lower-cased term without accents. */
    public String reading(String term, String sortKey) {
        if (sortKey != null && !sortKey.isBlank()) {
            return sortKey.strip().toLowerCase(Locale.ROOT);
        }
        return READINGS.computeIfAbsent(term, t -> STORED.get(t).orElseGet(() -> {
            String r;
            synchronized (Pinyin.INSTANCE) {
                r = Pinyin.INSTANCE.transliterate(t).toLowerCase(Locale.ROOT);
            }
            STORED.put(t, r);
            return r;
        }));
    }

    /** The group heading: A–Z, or {@link #SYMBOLS}. */
    public String group(String term, String sortKey) {
        return groupOf(reading(term, sortKey));
    }

    private static String groupOf(String reading) {
        char c = reading.isEmpty() ? '#' : reading.charAt(0);
        return c >= 'a' && c <= 'z' ? String.valueOf(Character.toUpperCase(c)) : SYMBOLS;
    }

    /** What a term is compared by, worked out once per term rather than once per comparison. */
    private final class Keys {
        final String group;
        final boolean chinese;
        final String reading;
        final String collated;
        private final String term;
        private CollationKey collation;

        Keys(String group, boolean chinese, String reading, String collated, String term) {
            this.group = group;
            this.chinese = chinese;
            this.reading = reading;
            this.collated = collated;
            this.term = term;
        }

        String group() {
            return group;
        }

        boolean chinese() {
            return chinese;
        }

        String reading() {
            return reading;
        }

        String collated() {
            return collated;
        }

        /** The term's ICU collation key (a Chinese book's last word), made when first compared. */
        CollationKey collation() {
            Collator c = collator();
            synchronized (c) { // an ICU collator that is not frozen is not for shared use
                if (collation == null) {
                    collation = c.getCollationKey(term);
                }
                return collation;
            }
        }
    }

    /** Orders terms, given a function to their sort keys. */
    public Comparator<String> order(Function<String, String> sortKeyOf) {
        Map<String, Keys> keys = new ConcurrentHashMap<>();
        Function<String, Keys> keysOf = t -> keys.computeIfAbsent(t, x -> keys(x, sortKeyOf.apply(x)));
        Comparator<Keys> byGroup = Comparator.comparing(Keys::group, (a, b) -> a.equals(b) ? 0
                : a.equals(SYMBOLS) ? -1 : b.equals(SYMBOLS) ? 1 : a.compareTo(b));
        Comparator<Keys> order = chinese
                ? byGroup.thenComparing(Keys::chinese).thenComparing(Keys::reading).thenComparing(Keys::collation)
                // The language's own order (ICU), by the sort key where the glossary gives one.
                : byGroup.thenComparing(Keys::collated, (a, b) -> {
                    Collator c = collator();
                    synchronized (c) {
                        return c.compare(a, b);
                    }
                });
        return Comparator.comparing(keysOf, order).thenComparing(Comparator.naturalOrder());
    }

    private Keys keys(String term, String sortKey) {
        String reading = reading(term, sortKey);
        boolean han = isChinese(term);
        String collated = sortKey != null && !sortKey.isBlank() ? sortKey : term;
        return new Keys(groupOf(reading), han,
                han ? reading.replaceAll("[^a-z0-9 ]", "") : term.toLowerCase(Locale.ROOT), collated, term);
    }

    static boolean isChinese(String term) {
        return !term.isEmpty() && Character.UnicodeScript.of(term.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
