package dev.bookbuilder.edition;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a title carries its own number ("第二章 注意力", "2.1 位置编码", "Chapter 3"): such a page shows
 * no number of the edition's before it, so that the reader never sees "第5章 第二章".
 */
public final class TitleNumbers {
    private static final Pattern NUMBERED = Pattern.compile("(?i)^\\s*(第\\s*[0-9零〇一二三四五六七八九十百两]+\\s*[章节篇部讲课回卷]"
            + "|(chapter|part|section|lesson|appendix)\\s+[0-9ivxlc]+\\b"
            + "|appendix\\s+[a-z]\\b"
            + "|[0-9]{1,2}(\\.[0-9]{1,2})+(\\s|$)"
            + "|[0-9]{1,2}[.、)）](?![0-9])"
            + "|[一二三四五六七八九十]+[、.．]"
            + "|附录\\s*[A-Z0-9一二三四五六七八九十]"
            + "|[A-Z]\\.[0-9]?\\s)");

    private static final Pattern CHAPTER = Pattern.compile("(?i)^\\s*(?:第\\s*([0-9零〇一二三四五六七八九十两]+)\\s*[章篇部讲课回卷]"
            + "|(?:chapter|part|lesson)\\s+([0-9]+)\\b|([0-9]{1,2})(?:[.、)）](?![0-9])|\\s))");
    private static final String DIGITS = "零一二三四五六七八九";

    private TitleNumbers() {
    }

    /**
     * The chapter number a title carries, in digits ("第十二章 …" → 12, "Chapter 3" → 3, "2. …" → 2), so that
     * its figures are numbered 图 12-1 as the reader expects; empty when there is none.
     */
    public static String chapterNumber(String title) {
        Matcher m = CHAPTER.matcher(plain(title));
        if (!m.lookingAt()) {
            return "";
        }
        if (m.group(2) != null || m.group(3) != null) {
            return m.group(2) != null ? m.group(2) : m.group(3);
        }
        String n = m.group(1).replace('〇', '零').replace('两', '二');
        if (n.chars().allMatch(Character::isDigit)) {
            return n;
        }
        int ten = n.indexOf('十');
        if (ten < 0) {
            return n.length() == 1 ? Integer.toString(DIGITS.indexOf(n.charAt(0))) : "";
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(n.charAt(ten - 1));
        int ones = ten == n.length() - 1 ? 0 : DIGITS.indexOf(n.charAt(ten + 1));
        return tens < 0 || ones < 0 ? "" : Integer.toString(tens * 10 + ones);
    }

    public static boolean carriesNumber(String title) {
        return NUMBERED.matcher(plain(title)).lookingAt();
    }

    /** Thin spaces (the Han–Latin gap of displayed titles) read as spaces. */
    private static String plain(String title) {
        return title.replace('\u2009', ' ');
    }
}
