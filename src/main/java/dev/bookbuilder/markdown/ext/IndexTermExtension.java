package dev.bookbuilder.markdown.ext;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** The {@code ((index term))} syntax of BOOK-FORMAT.md, as a flexmark extension. */
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
        builder.customInlineParserExtensionFactory(new IndexTermInlineParserExtension.Factory());
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new IndexTermNodeRenderer());
    }
}
