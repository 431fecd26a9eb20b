package dev.bookbuilder.markdown.ext;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;

/** Our inline syntaxes parse where they stand and keep no state across a block or the document. */
public abstract class InlineSyntax implements InlineParserExtension {

    @Override
    public final void finalizeDocument(InlineParser inlineParser) {
    }

    @Override
    public final void finalizeBlock(InlineParser inlineParser) {
    }
}
