package dev.bookbuilder.render;

import dev.bookbuilder.i18n.ScriptGaps;

import dev.bookbuilder.edition.Edition;
import dev.bookbuilder.edition.Page;
import dev.bookbuilder.edition.PageKind;
import dev.bookbuilder.markdown.ReadingTime;
import dev.bookbuilder.edition.TocEntry;
import dev.bookbuilder.markdown.ParsedBook;
import dev.bookbuilder.source.Cluster;
import dev.bookbuilder.source.Question;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Renders every page of an edition through its FreeMarker template, once. */
public final class PageRenderer {
    private final Templates templates;
    private final String builderVersion;

    public PageRenderer(Templates templates, String builderVersion) {
        this.templates = templates;
        this.builderVersion = builderVersion;
    }

    public RenderedEdition render(ParsedBook book, Edition edition, String css, Instant buildTime) {
        return render(book, edition, css, buildTime, Markup.READER);
    }

    /** The edition's pages with the markup one kind of format wants (see {@link Markup}). */
    public RenderedEdition render(ParsedBook book, Edition edition, String css, Instant buildTime, Markup markup) {
        BodyRenderer bodies = new BodyRenderer(book, edition, markup);
        List<TocEntry> toc = TocEntry.of(edition);
        Map<String, Object> common = new HashMap<>();
        common.put("book", book.sources().config());
        common.put("bookTitle", ScriptGaps.space(book.sources().config().title())); // as pages show it: "大模型面试 100 问"
        common.put("edition", editionModel(edition));
        common.put("lang", book.sources().config().language());
        common.put("labels", edition.labels());
        common.put("css", RenderedEdition.CSS_HREF);
        common.put("markup", markup);
        // Pages render independently (BodyRenderer renders one tree at a time, FreeMarker is thread-safe):
        // in parallel, in spine order.
        List<RenderedPage> pages = edition.spine().parallelStream().map(page -> {
            Map<String, Object> model = new HashMap<>(common);
            model.put("page", pageModel(page));
            model.put("body", page.parsed() == null ? "" : bodies.render(page.parsed()));
            switch (page.kind()) {
                case TITLE -> model.put("authors", ScriptGaps.space(edition.labels().join(book.sources().config().authors())));
                case COLOPHON -> {
                    model.put("buildDate", DateTimeFormatter.ISO_LOCAL_DATE.format(buildTime.atOffset(ZoneOffset.UTC)));
                    model.put("builderVersion", builderVersion);
                    model.put("identifier", edition.identifier());
                }
                case CONTENTS -> {
                    model.put("toc", toc);
                    model.put("bodyStart", firstBodyPage(edition));
                    edition.back().stream().filter(b -> b.kind() == PageKind.INDEX).findFirst()
                            .ifPresent(ix -> model.put("indexFile", ix.fileName()));
                }
                case CLUSTER -> {
                    Cluster c = (Cluster) page.parsed().source();
                    model.put("theme", ScriptGaps.space(c.theme()));
                    model.put("audience", ScriptGaps.space(c.audience()));
                    model.put("questions", edition.stages().stream().flatMap(s -> s.clusters().stream())
                            .filter(part -> part.opener() == page).findFirst().orElseThrow().questions()
                            .stream().map(PageRenderer::pageModel).toList());
                }
                case QUESTION -> model.put("points", ((Question) page.parsed().source()).points().stream()
                        .map(ScriptGaps::space).toList());
                case INDEX -> model.put("index", edition.index());
                case REFERENCES -> {
                    Map<String, List<Page>> citing = edition.citingPages();
                    model.put("references", edition.citations().entrySet().stream()
                            .map(e -> Map.of("number", e.getValue(), "key", e.getKey(),
                                    "text", book.sources().bibliography().entries().get(e.getKey()).formatted(),
                                    "url", book.sources().bibliography().entries().get(e.getKey()).url(),
                                    "citedBy", citing.get(e.getKey()).stream().map(p -> Map.of(
                                            "href", Edition.citationBackHref(p, e.getKey()),
                                            "label", p.shortLabel(),
                                            "title", p.numberedTitle(true))).toList()))
                            .toList());
                }
                case PLAN -> {
                    model.put("plan", edition.plan());
                    model.put("wordsPerMinute", ReadingTime.WORDS_PER_MINUTE);
                    model.put("codeLinesPerMinute", ReadingTime.CODE_LINES_PER_MINUTE);
                }
                default -> { }
            }
            return new RenderedPage(page, templates.render(template(page.kind()), model));
        }).toList();
        return new RenderedEdition(edition, pages, toc, book.imageFiles(), bodies.mathFiles(), bodies.figureFiles(), css,
                buildTime);
    }

    private static String template(PageKind kind) {
        return switch (kind) {
            case TITLE -> "titlepage.ftlx";
            case COLOPHON -> "colophon.ftlx";
            case CONTENTS -> "nav.ftlx";
            case PLAN -> "plan.ftlx";
            case INDEX -> "index.ftlx";
            case REFERENCES -> "references.ftlx";
            case CLUSTER -> "cluster.ftlx";
            case QUESTION -> "question.ftlx";
            case FRONT, BACK -> "matter.ftlx";
        };
    }

    private static String firstBodyPage(Edition edition) {
        return edition.stages().stream().flatMap(s -> s.clusters().stream()).findFirst()
                .map(part -> part.opener().fileName())
                .orElse(edition.spine().get(edition.spine().size() - 1).fileName());
    }

    private static Map<String, Object> editionModel(Edition edition) {
        // Shown on pages: with the Han–Latin gap the text has ("大模型面试 100 问"); the metadata keeps the title as written.
        return Map.of("id", edition.id(), "title", ScriptGaps.space(edition.config().title()), "fullTitle", ScriptGaps.space(edition.fullTitle()),
                "complete", edition.isComplete());
    }

    private static Map<String, Object> pageModel(Page page) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", page.id());
        m.put("kind", page.kind().name());
        m.put("title", page.title());
        m.put("shortTitle", page.shortTitle());
        m.put("number", page.displayNumber());
        m.put("fileName", page.fileName());
        m.put("epubType", switch (page.kind()) {
            case TITLE -> "titlepage";
            case COLOPHON -> "copyright-page";
            case CONTENTS -> "toc";
            case PLAN -> "chapter";
            case INDEX -> "index";
            case REFERENCES -> "bibliography";
            case CLUSTER -> "part";
            case QUESTION -> "chapter";
            case FRONT -> "chapter";
            case BACK -> "appendix";
        });
        // The ARIA role that matches the epub:type, for assistive technology (DPUB-ARIA); none for a title or copyright page.
        m.put("role", switch (page.kind()) {
            case TITLE, COLOPHON -> "";
            case CONTENTS -> "doc-toc";
            case INDEX -> "doc-index";
            case REFERENCES -> "doc-bibliography";
            case CLUSTER -> "doc-part";
            case PLAN, QUESTION, FRONT -> "doc-chapter";
            case BACK -> "doc-appendix";
        });
        m.put("matter", switch (page.kind()) {
            case TITLE, COLOPHON, CONTENTS, PLAN, FRONT -> "frontmatter";
            case CLUSTER, QUESTION -> "bodymatter";
            case BACK, REFERENCES, INDEX -> "backmatter";
        });
        return m;
    }
}
