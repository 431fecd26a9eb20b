package dev.bookbuilder.markdown;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.bookbuilder.markdown.citation.CitationExtension;
import dev.bookbuilder.markdown.index.IndexTermExtension;
import dev.bookbuilder.markdown.math.MathExtension;
import java.util.List;

/** Every flexmark option of the book's Markdown dialect, in one place: parser and renderer agree. */
public final class MarkdownOptions {
    private static final DataHolder OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(
                    TablesExtension.create(),
                    StrikethroughExtension.create(),
                    AutolinkExtension.create(),
                    FootnoteExtension.create(),
                    IndexTermExtension.create(),
                    MathExtension.create(),
                    CitationExtension.create()))
            // GitHub tables: no column spans, ragged rows padded or cut to the header's width.
            .set(TablesExtension.COLUMN_SPANS, false)
            .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
            .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
            .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
            // Single tilde is not strikethrough (GitHub's rule); "~" is common in ranges like 2~3倍.
            .set(StrikethroughExtension.STRIKETHROUGH_STYLE_HTML_OPEN, "<del>")
            .set(StrikethroughExtension.STRIKETHROUGH_STYLE_HTML_CLOSE, "</del>")
            // <a b.png> destinations with spaces, as CommonMark and GitHub take them.
            .set(Parser.SPACE_IN_LINK_URLS, true)
            // Heading ids are allocated by the book, not by flexmark.
            .set(HtmlRenderer.GENERATE_HEADER_ID, false)
            .set(HtmlRenderer.RENDER_HEADER_ID, false)
            .set(HtmlRenderer.SOFT_BREAK, "\n")
            .set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-")
            .toImmutable();

    private MarkdownOptions() {
    }

    public static DataHolder options() {
        return OPTIONS;
    }
}
