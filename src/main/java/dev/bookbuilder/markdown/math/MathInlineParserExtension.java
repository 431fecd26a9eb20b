package dev.bookbuilder.markdown.math;

import dev.bookbuilder.markdown.ext.InlineSyntax;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Math with pandoc's rules: {@code $$...$$} is displayed; {@code $...$} is inline when the opening
 * {@code $} has a non-space right after it and the closing one a non-space right before it and no
 * digit right after it. So "价格 $5 到 $10" stays text. The LaTeX is taken as written: Markdown
 * escapes do not apply inside.
 */
public final class MathInlineParserExtension extends InlineSyntax {

    public MathInlineParserExtension(LightInlineParser parser) {
        // flexmark makes one per parser; the syntax needs nothing from it
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        if (start > 0 && input.charAt(start - 1) == '\\') {
            return false;
        }
        if (input.matchChars("$$", start)) {
            int end = input.indexOf("$$", start + 2);
            if (end < 0 || input.subSequence(start + 2, end).isBlank()) {
                return false;
            }
            return emit(parser, start, end + 2, input.subSequence(start + 2, end), true);
        }
        int open = start + 1;
        if (open >= input.length() || Character.isWhitespace(input.charAt(open))) {
            return false;
        }
        for (int i = open; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '\n' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
                return false;
            }
            if (c == '$') {
                boolean closes = !Character.isWhitespace(input.charAt(i - 1))
                        && (i + 1 >= input.length() || !Character.isDigit(input.charAt(i + 1)));
                if (closes && i > open) {
                    return emit(parser, start, i + 1, input.subSequence(open, i), false);
                }
                return false;
            }
        }
        return false;
    }

    private static boolean emit(LightInlineParser parser, int start, int end, BasedSequence latex, boolean display) {
        parser.flushTextNode();
        parser.getBlock().appendChild(new MathNode(parser.getInput().subSequence(start, end), latex, display));
        parser.setIndex(end);
        return true;
    }
}
