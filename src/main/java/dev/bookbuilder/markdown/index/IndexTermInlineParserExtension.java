package dev.bookbuilder.markdown.index;

import dev.bookbuilder.markdown.ext.InlineSyntax;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** Recognises {@code ((term))} and {@code (((term)))} on one line; anything else stays text. */
public final class IndexTermInlineParserExtension extends InlineSyntax {

    public IndexTermInlineParserExtension(LightInlineParser parser) {
        // flexmark makes one per parser; the syntax needs nothing from it
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int start = parser.getIndex();
        if (!input.matchChars("((", start)) {
            return false;
        }
        boolean hidden = input.matchChars("(((", start);
        String close = hidden ? ")))" : "))";
        int open = start + close.length();
        int end = input.indexOf(close, open);
        if (end < 0) {
            return false;
        }
        BasedSequence content = input.subSequence(open, end);
        if (content.indexOf('\n') >= 0 || content.indexOf('(') >= 0) {
            return false;
        }

        parser.flushTextNode();
        parser.getBlock().appendChild(new IndexTerm(input.subSequence(start, end + close.length()), content, !hidden));
        parser.setIndex(end + close.length());
        return true;
    }
}
