package dev.bookbuilder.render;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import dev.bookbuilder.edition.Edition;
import dev.bookbuilder.figure.Figure;
import dev.bookbuilder.markdown.CodeHighlighter;
import dev.bookbuilder.markdown.CodeInfo;
import dev.bookbuilder.markdown.CrossRef;
import dev.bookbuilder.markdown.math.MathRenderer;
import dev.bookbuilder.markdown.LinkChecker;
import dev.bookbuilder.markdown.MarkdownOptions;
import dev.bookbuilder.markdown.ParsedBook;
import dev.bookbuilder.markdown.ParsedPage;
import dev.bookbuilder.markdown.callout.Callout;
import dev.bookbuilder.markdown.caption.Caption;
import dev.bookbuilder.markdown.citation.Citation;
import dev.bookbuilder.markdown.math.EquationRef;
import dev.bookbuilder.markdown.ext.FileLink;
import dev.bookbuilder.markdown.caption.FigureImage;
import dev.bookbuilder.markdown.html.SafeHtml;
import dev.bookbuilder.markdown.math.MathNode;
import java.util.Optional;
import java.util.Set;

/**
 * Renders parsed Markdown to XHTML for one edition: internal links point at the edition's
 * files or become notes, headings carry the ids the book gave them, images point at the
 * packaged copies.
 */
final class BodyRenderer {
    private final HtmlRenderer renderer;

    private final java.util.Map<String, String> mathFiles = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, String> figureFiles = new java.util.concurrent.ConcurrentHashMap<>();

    private final Markup markup;

    BodyRenderer(ParsedBook book, Edition edition) {
        this(book, edition, Markup.READER);
    }

    BodyRenderer(ParsedBook book, Edition edition, Markup markup) {
        this.markup = markup;
        this.renderer = HtmlRenderer.builder(MarkdownOptions.options())
                .nodeRendererFactory(options -> new EditionNodeRenderer(book, edition, mathFiles, figureFiles, markup))
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return BodyRenderer::headingIds;
                    }
                })
                .build();
    }

    /** The formula images the rendered pages use, by file name below the package root. */
    java.util.Map<String, String> mathFiles() {
        return java.util.Map.copyOf(mathFiles);
    }

    /** The drawn figures the rendered pages use (diagrams, charts), by file name below the package root. */
    java.util.Map<String, String> figureFiles() {
        return java.util.Map.copyOf(figureFiles);
    }

    String render(ParsedPage page) {
        String html;
        // Editions render the shared trees in parallel, but flexmark's footnote renderer re-sorts the
        // document's footnote list on every rendering: one rendering of a page at a time.
        synchronized (page.document()) {
            html = renderer.render(page.document());
        }
        return Xhtml.fragment(html, page.id(), markup);
    }

    private static void headingIds(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof Heading h && h.getAnchorRefId() != null && !h.getAnchorRefId().isEmpty()) {
            attributes.replaceValue("id", h.getAnchorRefId());
        } else if (node instanceof Paragraph p && p.getNext() instanceof Caption c && c.kind() == Caption.Kind.FIGURE) {
            attributes.addValue("class", "figure");
        } else if (node instanceof TableCell && attributes.contains("align")) {
            // XHTML 5 has no align attribute (EPUBCheck RSC-005): a column's alignment is a class, styled in both stylesheets.
            String align = attributes.getValue("align");
            attributes.remove("align");
            attributes.addValue("class", "align-" + align);
        }
    }

    private static final class EditionNodeRenderer implements NodeRenderer {
        private final ParsedBook book;
        private final Edition edition;
        private final java.util.Map<String, String> mathFiles;
        private final java.util.Map<String, String> figureFiles;
        private final Markup markup;
        /** Works this page has cited so far: flexmark makes a node renderer per rendering, so per page. */
        private final Set<String> cited = new java.util.HashSet<>();

        EditionNodeRenderer(ParsedBook book, Edition edition, java.util.Map<String, String> mathFiles,
                java.util.Map<String, String> figureFiles, Markup markup) {
            this.markup = markup;
            this.book = book;
            this.edition = edition;
            this.mathFiles = mathFiles;
            this.figureFiles = figureFiles;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Link.class, this::link),
                    new NodeRenderingHandler<>(EquationRef.class, this::link),
                    new NodeRenderingHandler<>(FileLink.class, this::link),
                    new NodeRenderingHandler<>(Image.class, this::image),
                    new NodeRenderingHandler<>(FigureImage.class, this::image),
                    new NodeRenderingHandler<>(SafeHtml.class, this::safeHtml),
                    new NodeRenderingHandler<>(Caption.class, this::caption),
                    new NodeRenderingHandler<>(Callout.class, this::callout),
                    new NodeRenderingHandler<>(FencedCodeBlock.class, this::code),
                    new NodeRenderingHandler<>(MathNode.class, this::math),
                    new NodeRenderingHandler<>(Citation.class, this::citation),
                    new NodeRenderingHandler<>(com.vladsch.flexmark.ast.AutoLink.class, this::address));
        }

        /**
         * An address written out in the text: marked, so that it may break anywhere and start on its own line's
         * end, instead of moving whole to the next line and leaving the justified line before it spread apart.
         */
        private void address(com.vladsch.flexmark.ast.AutoLink link, NodeRendererContext context, HtmlWriter html) {
            String href = context.resolveLink(com.vladsch.flexmark.html.renderer.LinkType.LINK, link.getUrl().unescape(), null).getUrl();
            html.attr("href", href).attr("class", "url").withAttr().tag("a").text(link.getText().unescape()).tag("/a");
        }

        private void link(Link link, NodeRendererContext context, HtmlWriter html) {
            String url = link.getUrl().toString();
            CrossRef ref = book.crossRefs().get(link);
            if (LinkChecker.isExternal(url) || ref == null) {
                html.attr("href", url);
                if (!link.getTitle().isEmpty()) {
                    html.attr("title", link.getTitle().toString());
                }
                if (link instanceof FileLink) {
                    html.attr("class", "file-link");
                }
                html.withAttr().tag("a");
                context.renderChildren(link);
                html.tag("/a");
                return;
            }
            Optional<String> href = edition.href(ref);
            boolean empty = !link.hasChildren();
            if (href.isPresent()) {
                html.attr("href", href.get()).attr("class", "xref").withAttr().tag("a");
                if (empty) {
                    html.text(edition.linkLabel(ref));
                } else {
                    context.renderChildren(link);
                }
                html.tag("/a");
            } else {
                // The target is not in this edition: keep the words, say where the question is.
                html.attr("class", "xref-omitted").withAttr().tag("span");
                context.renderChildren(link);
                html.attr("class", "xref-note").withAttr().tag("span");
                html.text(edition.labels().format("omitted.inline", edition.omittedNote(ref)));
                html.tag("/span");
                html.tag("/span");
            }
        }

        /** "[3]", "[3, 5]", "[3, p. 4]": the edition's numbers, each linked to its entry on the references page. */
        private void citation(Citation citation, NodeRendererContext context, HtmlWriter html) {
            citationLinks(citation.refs(), html);
        }

        private void citationLinks(java.util.List<Citation.Ref> refs, HtmlWriter html) {
            html.attr("class", "citation").withAttr().tag("span").text("[");
            boolean first = true;
            for (Citation.Ref r : refs) {
                Integer n = edition.citations().get(r.key());
                if (!first) {
                    html.text(", ");
                }
                first = false;
                if (cited.add(r.key())) { // the reference links back to the page's first citation
                    html.attr("id", Edition.citationAnchor(r.key()));
                }
                html.attr("href", edition.citationHref(r.key()));
                if (markup.semantics()) {
                    html.attr("epub:type", "biblioref");
                }
                if (markup.roles()) {
                    html.attr("role", "doc-biblioref");
                }
                html.withAttr().tag("a").text(n == null ? "?" : n.toString()).tag("/a");
                if (!r.locator().isEmpty()) {
                    html.text(", " + r.locator());
                }
            }
            html.text("]").tag("/span");
        }

        /** A formula as a vector image: SVG in the EPUB, redrawn as vectors in the PDF; the LaTeX is its alt text. */
        private void math(MathNode math, NodeRendererContext context, HtmlWriter html) {
            String mode = math.isDisplay() ? "math-display" : "math-inline";
            if (!math.isValid()) {
                html.attr("class", "math-source " + mode).withAttr().tag("code")
                        .text(math.isDisplay() ? "$$" + math.latex() + "$$" : "$" + math.latex() + "$").tag("/code");
                return;
            }
            MathRenderer.Image img = MathRenderer.svg(math.drawnLatex(), math.isDisplay());
            mathFiles.put(img.fileName(), img.svg());
            if (math.equationId() != null) {
                html.attr("id", math.equationId()).attr("class", "math-block equation").withAttr().tag("span");
                // The number first: it floats to the right margin, level with the formula.
                String label = edition.captionLabel(math.equationId());
                html.attr("class", "equation-number").withAttr().tag("span").text(label.substring(label.indexOf(' ') + 1)).tag("/span");
            } else if (math.isDisplay()) {
                html.attr("class", "math-block").withAttr().tag("span");
            }
            html.attr("class", "math " + mode).attr("src", img.fileName()).attr("alt", math.drawnLatex())
                    .attr("style", "width:" + MathRenderer.em(img.widthEm()) + ";height:" + MathRenderer.em(img.heightEm())
                            + ";vertical-align:-" + MathRenderer.em(img.depthEm()))
                    .withAttr().tagVoid("img");
            if (math.isDisplay()) {
                html.tag("/span");
            }
        }

        private void code(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
            Figure figure = book.figures().get(block);
            if (figure != null) {
                figureFiles.put(figure.fileName(), figure.svg());
                html.attr("class", "figure-drawing").withAttr().tag("div");
                html.attr("class", "figure-image").attr("src", figure.fileName()).attr("alt", figure.alt())
                        .attr("style", "width:" + MathRenderer.em(figure.widthEm())).withAttr().tagVoid("img");
                html.tag("/div").line();
                return;
            }
            CodeInfo info = CodeInfo.parse(block.getInfo().toString());
            if (!info.title().isEmpty()) {
                html.attr("class", "code-title").withAttr().tag("p").text(info.title()).tag("/p").line();
            }
            String lang = info.language().isEmpty() ? "text" : info.language();
            html.attr("class", "code language-" + lang).withAttr().tag("pre").openPre();
            html.attr("class", "language-" + lang).withAttr().tag("code");
            String code = block.getContentChars().normalizeEOL();
            if (code.endsWith("\n")) {
                code = code.substring(0, code.length() - 1);
            }
            html.raw(CodeHighlighter.highlight(lang, code));
            html.tag("/code").tag("/pre").closePre().line();
        }

        private void callout(Callout callout, NodeRendererContext context, HtmlWriter html) {
            Callout.Kind kind = callout.kind();
            html.attr("class", "callout " + kind.cssClass());
            if (markup.semantics()) {
                html.attr("epub:type", kind.epubType());
            }
            if (markup.roles()) {
                html.attr("role", kind.ariaRole());
            }
            html.withAttr().tagLine("aside");
            html.attr("class", "callout-title").withAttr().tag("p").text(edition.labels().get("callout." + kind.name().toLowerCase(java.util.Locale.ROOT))).tag("/p").line();
            context.renderChildren(callout);
            html.tagLine("/aside");
        }

        private void caption(Caption caption, NodeRendererContext context, HtmlWriter html) {
            String kind = caption.kind() == Caption.Kind.TABLE ? "table-caption" : "figure-caption";
            html.attr("id", caption.anchorId()).attr("class", "caption " + kind).withAttr().tag("p");
            html.attr("class", "caption-label").withAttr().tag("span");
            html.text(edition.captionLabel(caption.anchorId()));
            html.tag("/span");
            if (!caption.text().isEmpty()) {
                html.text("\u3000" + caption.text());
            }
            html.tag("/p");
            html.line();
            if (caption.getPrevious() instanceof FencedCodeBlock block && book.figures().containsKey(block)) {
                chartSources(block, html);
            }
        }

        /** A chart's {@code source:} under its caption, numbered as the edition numbers citations. */
        private void chartSources(FencedCodeBlock block, HtmlWriter html) {
            java.util.List<Citation.Ref> refs = book.figures().get(block).sources().stream().map(k -> new Citation.Ref(k, "")).toList();
            if (refs.isEmpty()) {
                return;
            }
            html.attr("class", "figure-source").withAttr().tag("p").text(edition.labels().get("figure.source"));
            citationLinks(refs, html);
            html.tag("/p").line();
        }

        private void image(Image image, NodeRendererContext context, HtmlWriter html) {
            String source = book.images().get(image);
            String src = source != null ? Edition.assetHref(source) : image.getUrl().toString();
            html.attr("src", src).attr("alt", image.getText().toString());
            if (!image.getTitle().isEmpty()) {
                html.attr("title", image.getTitle().toString());
            }
            if (image instanceof FigureImage f && !f.width().isEmpty()) {
                html.attr("style", "width:" + f.width());
            }
            html.withAttr().tagVoid("img");
        }

        /** Raw HTML as the allow-list left it (see markdown.HtmlSafety). */
        private void safeHtml(SafeHtml node, NodeRendererContext context, HtmlWriter html) {
            html.raw(node.html());
            if (node.isBlock()) {
                html.line();
            }
        }
    }
}
