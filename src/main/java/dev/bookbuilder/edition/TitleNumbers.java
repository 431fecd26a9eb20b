package dev.bookbuilder.edition;

import java.util.regex.Pattern;

/**
 * Whether a title carries its own number ("第二章 注意力", "2.1 位置编码", "Chapter 3"): such a page shows
 * no number of the edition's before it, so that the reader never sees "第5章 第二章".
 */
final class TitleNumbers {
    private static final Pattern NUMBERED = Pattern.compile("(?i)^\\s*(第\\s*[0-9零〇一二三四五六七八九十百两]+\\s*[章节篇部讲课回卷]"
            + "|(chapter|part|section|lesson|appendix)\\s+[0-9ivxlc]+\\b"
            + "|[0-9]{1,2}(\\.[0-9]{1,2})+(\\s|$)"
            + "|[0-9]{1,2}[.、)）](?![0-9])"
            + "|[一二三四五六七八九十]+[、.．]"
            + "|附录\\s*[A-Z0-9一二三四五六七八九十]"
            + "|[A-Z]\\.[0-9]?\\s)");

    private TitleNumbers() {
    }

    static boolean carriesNumber(String title) {
        return NUMBERED.matcher(title).lookingAt();
    }
}
