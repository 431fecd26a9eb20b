package dev.bookbuilder.i18n;

import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fixed words a book shows (目录/Contents, 第1章/Chapter 1, 图 1-2/Figure 1.2, list separators,
 * the study plan's prose …), in the book's language: {@code /i18n/labels_<language>.properties},
 * UTF-8, loaded once per language. A language without a file, and any key its file lacks, falls back
 * to English, so every book shows words its readers can read. Values hold {@code {0}}, {@code {1}} …
 * for their arguments (no MessageFormat: an apostrophe is just an apostrophe).
 */
public final class Labels {
    /** The language of a book whose book.yml names none. */
    public static final String DEFAULT_LANGUAGE = "zh-CN";
    private static final String FALLBACK = "en";
    private static final Map<String, Labels> LOADED = new ConcurrentHashMap<>();

    private final String language;
    private final boolean own;
    private final Properties values;

    private Labels(String language, boolean own, Properties values) {
        this.language = language;
        this.own = own;
        this.values = values;
    }

    /** The labels for a BCP 47 tag ({@code zh-CN}, {@code en-GB}, {@code fr}): region file, language file, else English. */
    public static Labels of(String languageTag) {
        String tag = languageTag == null || languageTag.isBlank() ? DEFAULT_LANGUAGE : languageTag.strip();
        return LOADED.computeIfAbsent(tag, Labels::load);
    }

    private static Labels load(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        Properties english = read(FALLBACK);
        if (english == null) {
            throw new IllegalStateException("the builder lacks its English labels (i18n/labels_en.properties)");
        }
        String lang = locale.getLanguage();
        Properties own = locale.getCountry().isEmpty() ? null : read(lang + "_" + locale.getCountry());
        if (own == null && !lang.isEmpty()) {
            own = read(lang);
        }
        Properties merged = new Properties();
        merged.putAll(english);
        if (own != null) {
            merged.putAll(own);
        }
        return new Labels(tag, own != null, merged);
    }

    private static Properties read(String suffix) {
        try (InputStream in = Labels.class.getResourceAsStream("/i18n/labels_" + suffix + ".properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("reading labels " + suffix, e);
        }
    }

    /** The book's language tag, as book.yml gives it. */
    public String language() {
        return language;
    }

    /** True when the builder has labels of this language (else they are English). */
    public boolean hasOwnLabels() {
        return own;
    }

    /** The locale to sort and break text by. */
    public ULocale locale() {
        return ULocale.forLanguageTag(language);
    }

    /** True for Chinese, Japanese and Korean books: their index sorts by reading, their prose has no word spaces. */
    public boolean isCjk() {
        String lang = locale().getLanguage();
        return lang.equals("zh") || lang.equals("ja") || lang.equals("ko");
    }

    /** The label for {@code key}; a key no file has is a builder bug. */
    public String get(String key) {
        String v = values.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("no label `" + key + "` in i18n/labels_en.properties");
        }
        return v;
    }

    /**
     * The label with {@code {0}}, {@code {1}} … replaced by the arguments, and the gap of
     * {@link ScriptGaps} where Han text meets a Latin letter or digit: "第 3 章", "《大模型面试 100 问》".
     */
    public String format(String key, Object... args) {
        String v = get(key);
        StringBuilder out = new StringBuilder(v.length() + 16);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            int close = c == '{' ? v.indexOf('}', i) : -1;
            if (close > i + 1 && v.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(v.substring(i + 1, close));
                out.append(n < args.length ? String.valueOf(args[n]) : "");
                i = close;
            } else {
                out.append(c);
            }
        }
        return ScriptGaps.space(out.toString());
    }

    /** The text before and after {@code {0}} in a label, for a value that is an element: "（第 ", " 页）". */
    public String[] around(String key) {
        String v = get(key);
        int at = v.indexOf("{0}");
        return at < 0 ? new String[] {v, ""} : new String[] {v.substring(0, at), v.substring(at + 3)};
    }

    /** Items joined as the language lists them: 甲、乙 / A, B. */
    public String join(List<String> items) {
        return String.join(get("list.separator"), items);
    }

    /** "第3章", "Chapter 3". */
    public String chapter(String number) {
        return format("chapter.number", number);
    }

    /** "约 2 小时 10 分钟", "about 2 h 10 min": minutes rounded up to five. */
    public String readingTime(double minutes) {
        long m = Math.max(5, (long) Math.ceil(minutes / 5) * 5);
        if (m < 60) {
            return format("time.minutes", m);
        }
        return m % 60 == 0 ? format("time.hours", m / 60) : format("time.hoursMinutes", m / 60, m % 60);
    }
}
