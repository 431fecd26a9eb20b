package dev.bookbuilder.markdown.index;

import dev.bookbuilder.markdown.citation.CitationInlineParserExtension;
import dev.bookbuilder.markdown.ext.InlineFactory;
import dev.bookbuilder.markdown.math.MathInlineParserExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** The book's inline syntax of BOOK-FORMAT.md, as a flexmark extension: {@code ((index terms))}, {@code $math$} and {@code [@citations]}. */
public final class IndexTermExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private IndexTermExtension() {
    }

    public static IndexTermExtension create() {
        return new IndexTermExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new InlineFactory("(", IndexTermInlineParserExtension::new));
        // Math belongs to the same dialect; its rendering needs the edition, so the book's renderer draws it.
        builder.customInlineParserExtensionFactory(new InlineFactory("$", MathInlineParserExtension::new));
        builder.customInlineParserExtensionFactory(new InlineFactory("[", CitationInlineParserExtension::new));
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new IndexTermNodeRenderer());
    }
}
