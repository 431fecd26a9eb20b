package dev.bookbuilder.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.Document;

/**
 * An estimate of reading time from a page's text: prose at {@value #WORDS_PER_MINUTE} words a
 * minute (a Chinese character or a Latin word is one word), code at {@value #CODE_LINES_PER_MINUTE}
 * lines a minute, since code is read slowly.
 */
public final class ReadingTime {
    public static final int WORDS_PER_MINUTE = 300;
    public static final int CODE_LINES_PER_MINUTE = 10;

    private ReadingTime() {
    }

    /** Minutes, not rounded: worked out once, when the page is parsed. */
    static double minutes(Document document) {
        long words = 0;
        long codeLines = 0;
        for (Node n : document.getDescendants()) {
            if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock) {
                codeLines += n.getChars().toString().lines().count();
            } else if (n instanceof Code || n instanceof Text && Prose.isProse(n)) {
                // Inline code is read as words; its text is not counted again as prose.
                words += words(n.getChars().toString());
            }
        }
        return (double) words / WORDS_PER_MINUTE + (double) codeLines / CODE_LINES_PER_MINUTE;
    }

    static long words(String text) {
        long count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                count++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    count++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return count;
    }
}
