package dev.bookbuilder.markdown.math;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import dev.bookbuilder.markdown.ext.InlineFactory;

/**
 * {@code $math$} and {@code $$display math$$} as a flexmark extension. It has no HTML renderer of its own: a
 * formula's drawing and number depend on the edition, so the book's renderer draws it.
 */
public final class MathExtension implements Parser.ParserExtension {
    private MathExtension() {
    }

    public static MathExtension create() {
        return new MathExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new InlineFactory("$", MathInlineParserExtension::new));
    }
}
