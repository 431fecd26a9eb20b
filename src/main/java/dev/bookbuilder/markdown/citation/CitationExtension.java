package dev.bookbuilder.markdown.citation;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.bookbuilder.markdown.ext.InlineFactory;

/**
 * Pandoc's citations {@code [@key]} as a flexmark extension. Its numbers are the edition's, so the book's
 * renderer writes it.
 */
public final class CitationExtension implements Parser.ParserExtension {
    private CitationExtension() {
    }

    public static CitationExtension create() {
        return new CitationExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new InlineFactory("[", CitationInlineParserExtension::new));
    }
}
