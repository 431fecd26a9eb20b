package dev.bookbuilder.markdown.index;

import dev.bookbuilder.markdown.ext.InlineFactory;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Index terms, {@code ((shown))} and {@code (((hidden, sub-entry)))}, as a flexmark extension: parser and renderer. */
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
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new IndexTermNodeRenderer());
    }
}
