package dev.bookbuilder.markdown;

import dev.bookbuilder.config.Position;
import dev.bookbuilder.markdown.callout.Callouts;
import dev.bookbuilder.markdown.caption.Captions;
import dev.bookbuilder.markdown.caption.ImageAttributes;
import dev.bookbuilder.markdown.caption.ImageSyntax;
import dev.bookbuilder.markdown.html.HtmlSafety;
import dev.bookbuilder.markdown.index.GlossaryIndexer;
import dev.bookbuilder.markdown.index.IndexChecks;
import dev.bookbuilder.markdown.math.Equations;
import dev.bookbuilder.markdown.math.Macros;
import dev.bookbuilder.config.MathMacrosFile;
import dev.bookbuilder.markdown.math.MathLimits;
import dev.bookbuilder.markdown.math.MathRenderer;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import dev.bookbuilder.config.Bibliography;
import dev.bookbuilder.config.Glossary;
import dev.bookbuilder.config.FiguresConfig;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.figure.ChartSpec;
import dev.bookbuilder.figure.ChartSpecParser;
import dev.bookbuilder.figure.Figure;
import dev.bookbuilder.figure.FigureBlock;
import dev.bookbuilder.figure.FigureCache;
import dev.bookbuilder.figure.FigureDrawing;
import dev.bookbuilder.figure.FigureFont;
import dev.bookbuilder.figure.FigureStyle;
import dev.bookbuilder.markdown.caption.Caption;
import dev.bookbuilder.markdown.citation.Citation;
import dev.bookbuilder.markdown.index.IndexTerm;
import dev.bookbuilder.markdown.math.MathNode;
import dev.bookbuilder.source.BookSources;
import dev.bookbuilder.source.PageSource;
import dev.bookbuilder.source.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses every page once and gives headings and index terms their ids; then checks what
 * needs the whole book: cross-references and images.
 */
public final class BookParser {
    private final Parser parser;
    private final Diagnostics diags;
    private final PageCache cache;

    public BookParser(Diagnostics diags) {
        this(diags, null);
    }

    /** A parser that takes unchanged pages from {@code cache} (null: none) and keeps the pages it parses there. */
    public BookParser(Diagnostics diags, PageCache cache) {
        this(Parser.builder(MarkdownOptions.options()).build(), diags, cache);
    }

    private BookParser(Parser parser, Diagnostics diags, PageCache cache) {
        this.parser = parser;
        this.diags = diags;
        this.cache = cache;
    }

    public ParsedBook parse(BookSources sources) {
        Map<String, ParsedPage> pages = new ConcurrentHashMap<>();
        GlossaryIndexer indexer = new GlossaryIndexer(sources.glossary());
        Set<Glossary.Term> found = java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
        Map<FencedCodeBlock, FigureBlock> figureBlocks = java.util.Collections.synchronizedMap(new IdentityHashMap<>());
        MathMacrosFile macrosFile = sources.mathMacros();
        Macros macros = Macros.read(macrosFile.text(), problem -> diags.warning("bad-math", macrosFile.file(), problem.line(), 1,
                "in the math macros: " + problem.message()));
        Context context = new Context(sources.glossary(), sources.bibliography(), indexer, found, figureBlocks, macros);
        if (cache != null) {
            cache.begin(sources.glossary(), sources.bibliography(), macrosFile.text());
        }
        sources.pages().parallelStream().forEach(p -> pages.put(p.id(), cache == null ? parsePage(p, context) : parseCached(p, context)));
        if (cache != null) {
            cache.retain(sources.pages());
        }
        Map<FencedCodeBlock, Figure> figures = drawFigures(sources.config().figures(),
                dev.bookbuilder.i18n.Labels.of(sources.config().language()), figureBlocks);
        IndexChecks.check(sources, pages, found, diags);
        Map<String, ParsedPage> ordered = new LinkedHashMap<>();
        sources.pages().forEach(p -> ordered.put(p.id(), pages.get(p.id())));
        Map<Link, CrossRef> crossRefs = new IdentityHashMap<>();
        Map<Image, String> images = new IdentityHashMap<>();
        LinkChecker links = new LinkChecker(sources, ordered, diags);
        for (ParsedPage page : ordered.values()) {
            crossRefs.putAll(links.resolve(page));
            images.putAll(ImageChecker.check(sources.root(), page, diags));
        }
        IdentityHashMap<FencedCodeBlock, Figure> byBlock = new IdentityHashMap<>(figures);
        return ParsedBook.of(sources, ordered, crossRefs, images, byBlock);
    }

    /** A page from the cache, or parsed on its own and kept there; what its parse reported is reported again. */
    private ParsedPage parseCached(PageSource source, Context context) {
        PageCache.Entry e = cache.get(source, () -> {
            Diagnostics own = new Diagnostics();
            Set<Glossary.Term> found = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            Map<FencedCodeBlock, FigureBlock> figures = new IdentityHashMap<>();
            ParsedPage page = new BookParser(parser, own, null).parsePage(source,
                    new Context(context.glossary(), context.bibliography(), context.indexer(), found, figures, context.macros()));
            return new PageCache.Entry(page, own.sorted(), Set.copyOf(found), figures);
        });
        e.diagnostics().forEach(diags::add);
        context.glossary().terms().stream().filter(e.found()::contains).forEach(context.found()::add); // this build's term objects
        context.figures().putAll(e.figures());
        ParsedPage p = e.page();
        return new ParsedPage(source, p.document(), p.anchorsBySlug(), p.indexTerms(), p.captions(), p.readingMinutes(),
                p.citedKeys(), p.headings());
    }

    /** Every figure once for the whole build, whatever the number of editions and formats. */
    private Map<FencedCodeBlock, Figure> drawFigures(FiguresConfig config, dev.bookbuilder.i18n.Labels labels,
            Map<FencedCodeBlock, FigureBlock> blocks) {
        if (blocks.isEmpty()) {
            return Map.of();
        }
        FigureFont font = dev.bookbuilder.figure.FigureFontChoice.of(config.font().isEmpty() ? null : config.font());
        FigureDrawing drawing = new FigureDrawing(new FigureStyle(config.skin()), font, labels, FigureCache.fromSystemProperty(),
                FIGURE_TIMEOUT_MS);
        synchronized (blocks) {
            return drawing.draw(new IdentityHashMap<>(blocks), diags);
        }
    }

    /** What every page's parse needs from the whole book, and the glossary terms found so far. */
    private record Context(Glossary glossary, Bibliography bibliography, GlossaryIndexer indexer, Set<Glossary.Term> found,
            Map<FencedCodeBlock, FigureBlock> figures, Macros macros) {
    }

    /** How long one figure may take to draw before it is abandoned with a diagnostic. */
    private static final long FIGURE_TIMEOUT_MS = 20_000;

    private ParsedPage parsePage(PageSource source, Context context) {
        Document doc = parser.parse(withinNestingLimits(source));
        HtmlSafety.clean(doc, source.text(), diags);
        Callouts.convert(doc, source.text(), diags);
        Equations.linkReferences(doc);
        ImageSyntax.resolve(doc, source.text(), diags);
        ImageAttributes.apply(doc);
        // Captions first: their text becomes plain caption text, where no index anchor could live.
        Map<String, String> anchors = new HashMap<>();
        List<Caption> captions = Captions.extract(doc, source.id(), anchors, context.macros());
        if (source instanceof Question) {
            context.found().addAll(context.indexer().index(doc, context.glossary()));
        }
        Map<String, Integer> seen = new HashMap<>();
        int section = 0;
        List<IndexTerm> terms = new ArrayList<>();
        List<String> cited = new ArrayList<>();
        List<ParsedPage.Section> headings = new ArrayList<>();
        for (Node n : doc.getDescendants()) {
            if (n instanceof Heading h) {
                String id = source.id() + "-s" + (++section);
                h.setAnchorRefId(id);
                String headingText = new TextCollectingVisitor().collectAndGetText(h);
                headings.add(new ParsedPage.Section(h.getLevel(), sectionTitle(h).strip(), id));
                String slug = Slugs.slug(headingText);
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.put(count == 1 ? slug : slug + "-" + (count - 1), id);
            } else if (n instanceof Citation c) {
                for (Citation.Ref r : c.refs()) {
                    cited.add(r.key());
                    if (!context.bibliography().entries().containsKey(r.key())) {
                        Position where = source.text().at(c.getStartOffset());
                        diags.error("unknown-citation", where,
                                "citation key `" + r.key() + "` is not in references.bib"
                                        + dev.bookbuilder.diag.DidYouMean.suffix(r.key(), context.bibliography().entries().keySet()));
                    }
                }
            } else if (n instanceof MathNode m) {
                if (m.limitProblem() == null && MathRenderer.drawnBefore(m.drawnLatex(), m.isDisplay())) {
                    continue; // drawn before: it parses and draws within its limits
                }
                String problem = m.limitProblem() != null ? null : MathRenderer.check(m.drawnLatex());
                if (problem != null) {
                    // Written for a page whose math is typeset in the browser after the Markdown (mdBook with MathJax or
                    // KaTeX's auto-render): its backslash escapes are Markdown's, $\\{0, 1\\}^n$ for \{0, 1\}^n. Read so
                    // when that parses, and only then: a formula that parses as written is drawn as written.
                    String unescaped = com.vladsch.flexmark.util.sequence.Escaping.unescapeString(m.drawnLatex());
                    if (!unescaped.equals(m.drawnLatex()) && MathRenderer.check(unescaped) == null) {
                        m.setDrawnLatex(unescaped);
                        problem = null;
                    }
                }
                MathLimits.Drawing drawing = m.limitProblem() != null || problem != null ? null : MathLimits.drawWithin(m.drawnLatex(), m.isDisplay());
                String limit = m.limitProblem() != null ? m.limitProblem() : drawing != null && drawing.timedOut() ? drawing.problem() : null;
                if (problem == null && limit == null && drawing != null) {
                    problem = drawing.problem();
                }
                if (limit != null) {
                    m.setValid(false);
                    Position where = source.text().at(m.getStartOffset());
                    diags.warning("math-limit", where, "formula `" + shorten(m.latex())
                            + "` is too much work to draw: " + limit + "; it is shown as its source");
                } else if (problem != null) {
                    m.setValid(false);
                    Position where = source.text().at(m.getStartOffset());
                    diags.warning("bad-math", where, "formula `" + shorten(m.latex())
                            + "` does not parse (" + problem + "): it is shown as its source");
                }
            } else if (n instanceof FencedCodeBlock f) {
                String lang = CodeInfo.parse(f.getInfo().toString()).language();
                FigureBlock.Kind figure = FigureBlock.Kind.of(lang);
                if (figure != null) {
                    figureBlock(f, figure, source, context).ifPresent(b -> {
                        context.figures().put(f, b);
                        if (b.chart() != null) {
                            b.chart().sources().forEach(k -> {
                                cited.add(k.value());
                                if (!context.bibliography().entries().containsKey(k.value())) {
                                    diags.error("unknown-citation", k.position(),
                                            "citation key `" + k.value() + "` is not in references.bib");
                                }
                            });
                        }
                    });
                } else if (!CodeHighlighter.knows(lang)) {
                    Position where = source.text().at(f.getStartOffset());
                    diags.warning("unknown-language", where,
                            "no highlighter for `" + lang + "`: the block is shown as plain text"
                                    + dev.bookbuilder.diag.DidYouMean.suffix(lang, CodeHighlighter.names()));
                }
            } else if (n instanceof IndexTerm t) {
                if (t.primary().isEmpty() || (t.secondary() != null && t.secondary().isEmpty())) {
                    Position where = source.text().at(t.getStartOffset());
                    diags.error("empty-index-term", where,
                            "index term `" + t.getChars() + "` has no text");
                }
                t.setAnchorId(source.id() + "-ix" + (terms.size() + 1));
                terms.add(t);
            }
        }
        return new ParsedPage(source, doc, Map.copyOf(anchors), List.copyOf(terms), captions, ReadingTime.minutes(doc),
                List.copyOf(cited), List.copyOf(headings));
    }

    /**
     * The page's text, or the part of it above the first line that nests past {@link Nesting}'s limits (an error
     * there): flexmark recurses once per level, so deeper text is never given to it.
     */
    private String withinNestingLimits(PageSource source) {
        String body = source.text().body();
        Nesting.Finding deep = Nesting.check(body);
        if (deep == null) {
            return body;
        }
        Position where = source.text().at(deep.offset());
        diags.error("too-deep", where, deep.what() + ": the page is read only up to this line");
        return body.substring(0, deep.offset());
    }

    /** A diagram or chart block with where it stands; a chart's YAML is read here, so its sources count as cited. */
    private java.util.Optional<FigureBlock> figureBlock(FencedCodeBlock f, FigureBlock.Kind kind, PageSource source, Context context) {
        String content = f.getContentChars().normalizeEOL();
        int line = source.text().at(f.getStartOffset()).line() + 1;
        String info = f.getInfo().toString();
        String alt = FigureBlock.altText(info);
        ChartSpec chart = null;
        if (kind == FigureBlock.Kind.CHART) {
            java.util.Optional<ChartSpec> spec = ChartSpecParser.parse(content, source.text().file(), line, diags);
            if (spec.isEmpty()) {
                return java.util.Optional.empty();
            }
            chart = spec.get();
            if (alt.isEmpty()) {
                alt = chart.title();
            }
        }
        if (alt.isEmpty()) {
            diags.error("missing-alt", source.text().file(), line - 1, 1, "a " + (kind == FigureBlock.Kind.CHART ? "chart" : "diagram")
                    + " needs `caption=\"…\"` or `alt=\"…\"` on its fence, so that a reader who cannot see it learns what it shows");
        }
        return java.util.Optional.of(new FigureBlock(kind, content, alt, source.text().file(), line, chart));
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** Images must be local files inside the source folder, with alt text. */
    static final class ImageChecker {
        private ImageChecker() {
        }

        static Map<Image, String> check(Path root, ParsedPage page, Diagnostics diags) {
            Map<Image, String> out = new IdentityHashMap<>();
            var text = page.source().text();
            var settings = dev.bookbuilder.assets.ImageSettings.of(root);
            for (Node n : page.document().getDescendants()) {
                if (!(n instanceof Image img)) {
                    continue;
                }
                Position where = text.at(img.getStartOffset());
                String url = img.getUrl().toString();
                if (img.getText().isBlank() && img instanceof dev.bookbuilder.markdown.caption.FigureImage f && f.isHtml()) {
                    diags.warning("html-missing-alt", where, "`<img src=\"" + url + "\">` has no alt text:"
                            + " it is shown without a caption, and a reader who cannot see it learns nothing from it; add alt=\"…\"");
                } else if (img.getText().isBlank()) {
                    // A warning, as for HTML: an imported book cannot invent alt text; the image is kept, decorative (alt="").
                    diags.warning("image-no-alt", where, "image `" + url + "` has no alt text: it is shown as decorative,"
                            + " and a reader who cannot see it learns nothing from it; write ![what it shows](" + url + ")");
                }
                if (LinkChecker.isExternal(url)) {
                    diags.error("remote-image", where, "image `" + url + "` is remote: put the file under the cluster's images/ folder");
                    continue;
                }
                String rel = LinkChecker.resolvePath(text.relDir(), LinkChecker.decode(url)); // a%20b.png, <a b.png>
                if (rel == null) {
                    diags.error("image-outside", where, "image `" + url + "` lies outside the source folder");
                } else if (!dev.bookbuilder.config.SourceFiles.inside(root, root.resolve(rel))) {
                    diags.error("outside-source", where, "image `" + url + "` is a link to a file outside the book's folder: "
                            + "the builder copies only files inside it");
                } else if (!Files.isRegularFile(root.resolve(rel))) {
                    diags.error("missing-image", where, "image `" + url + "` does not exist");
                } else if (ImageType.mismatch(root.resolve(rel)).isPresent()) {
                    String real = ImageType.mismatch(root.resolve(rel)).get();
                    diags.error("image-type", where, "image `" + url + "` is a " + real.toUpperCase(java.util.Locale.ROOT)
                            + " file, whatever its name says: rename it to ." + (real.equals("jpeg") ? "jpg" : real)
                            + " (readers trust the name and would show it broken)");
                } else if (dev.bookbuilder.assets.ImageAssets.check(root.resolve(rel), settings, new dev.bookbuilder.assets.ImageAssets.Problems() {
                    @Override
                    public void error(String message) {
                        diags.error("bad-image", where, "image `" + url + "` cannot be used: " + message);
                    }

                    @Override
                    public void unsafe(String message) {
                        diags.warning("unsafe-svg", where, "image `" + url + "`: " + message + " removed");
                    }
                })) {
                    if (rel.toLowerCase(java.util.Locale.ROOT).endsWith(".webp")) {
                        // OpenPDF cannot read WebP, and would leave the image out of print without a word.
                        diags.warning("webp-image", where, "image `" + url + "` is WebP, which the PDF cannot draw:"
                                + " it is in the EPUB but left out of print; save it as PNG or JPEG to print it");
                    }
                    out.put(img, rel);
                }
            }
            return out;
        }
    }

    /** A heading's words for the contents, a formula as its LaTeX (its alt text): a heading that is only a formula has a title too. */
    private static String sectionTitle(Node n) {
        if (n instanceof MathNode m) {
            return m.latex();
        }
        if (!n.hasChildren()) {
            return new TextCollectingVisitor().collectAndGetText(n);
        }
        StringBuilder out = new StringBuilder();
        n.getChildren().forEach(c -> out.append(sectionTitle(c)));
        return out.toString();
    }
}
