package dev.bookbuilder.pdf;

import dev.bookbuilder.edition.Edition;
import dev.bookbuilder.edition.PageKind;
import dev.bookbuilder.edition.TocEntry;
import dev.bookbuilder.joined.JoinedPages;
import dev.bookbuilder.render.RenderedEdition;
import dev.bookbuilder.render.RenderedPage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Joins an edition's XHTML pages into one print document: cover and front matter, a printed
 * table of contents, the clusters with running-head markers, the back matter, and the PDF
 * bookmarks. Page ids are already unique across the edition, so links become {@code #id}.
 */
final class PrintDocument {
    static final String PAGE_PLACEHOLDER = "000";
    /** A back-matter part that opens on a right-hand page in duplex, as a cluster does. */
    static final String OPENS_RIGHT = "opens-right";

    private PrintDocument() {
    }

    static Document build(RenderedEdition rendered, PrintLayout layout, String printCss, Path sourceRoot) {
        Edition edition = rendered.edition();
        Map<PageKind, List<RenderedPage>> byKind = rendered.pages().stream()
                .collect(Collectors.groupingBy(p -> p.page().kind()));
        Document doc = Jsoup.parse("<html><head></head><body></body></html>");
        doc.selectFirst("html").attr("lang", edition.book().language());
        head(doc.head(), edition, layout, printCss, rendered.toc());

        Element body = doc.body();
        // The house style follows the script: Chinese paragraphs open with two characters of indent and
        // emphasis is set in the sans face; Latin books indent only a paragraph that follows another, in italics.
        body.addClass(edition.labels().isCjk() ? "script-cjk" : "script-latin");
        body.appendElement("div").addClass("rh-book").text(dev.bookbuilder.i18n.ScriptGaps.space(edition.fullTitle()));
        for (RenderedPage p : rendered.pages()) {
            switch (p.page().kind()) {
                case TITLE, COLOPHON -> body.appendChild(section(p, "page-cover"));
                case FRONT -> {
                    Element s = section(p, "page-front");
                    s.prependElement("div").addClass("rh-chapter").text(p.page().title());
                    body.appendChild(s);
                }
                case CONTENTS, PLAN -> { } // printed after the front matter, below
                case CLUSTER -> {
                    printTocAndPlan(body, rendered, edition);
                    Element s = section(p, "page-opener");
                    s.prependElement("div").addClass("rh-chapter").text(p.page().numberedTitle(false));
                    s.prependElement("div").addClass("rh-book").text(dev.bookbuilder.i18n.ScriptGaps.space(edition.fullTitle()));
                    if (body.selectFirst(".body-start") == null) {
                        s.addClass("body-start");
                    }
                    body.appendChild(s);
                }
                case QUESTION -> {
                    // The right-hand running head: the question's number and short title.
                    Element s = section(p, "page-question");
                    s.prependElement("div").addClass("rh-chapter").text(p.page().numberedTitle(true));
                    body.appendChild(s);
                }
                case INDEX -> body.appendChild(backOpening(PrintIndex.build(edition.index(), layout, edition.labels()).addClass(OPENS_RIGHT), edition));
                case BACK, REFERENCES -> {
                    printTocAndPlan(body, rendered, edition);
                    Element s = section(p, "page-back");
                    s.prependElement("div").addClass("rh-chapter").text(p.page().title());
                    if (body.selectFirst(".body-start") == null) {
                        s.addClass("body-start");
                    }
                    if (p.page().kind() == PageKind.REFERENCES) {
                        s.addClass(OPENS_RIGHT);
                    }
                    body.appendChild(backOpening(s, edition));
                }
            }
        }
        printTocAndPlan(body, rendered, edition);
        JoinedPages.localLinks(body);
        PrintAddresses.fill(body);
        JoinedPages.localImages(body, sourceRoot);
        // In print the formula's own baseline places it (VectorElements); the EPUB's CSS offset would move it twice.
        // A drawn figure's size in print is VectorElements' to set (its natural size, within the text block).
        body.select("img.figure-image").removeAttr("style");
        for (Element img : body.select("img.math")) {
            img.attr("style", img.attr("style").replaceAll(";?vertical-align:[^;]*", ""));
        }
        PrintCrossRefs.mark(body); // before the punctuation after a link is moved into it
        wordSpacesForThinSpaces(body);
        PrintLists.markUnordered(body);
        PrintPunctuation.keepWithNeighbours(body);
        PrintPunctuation.holdLastCharacters(body);
        PunctuationCompression.apply(body);
        CodeWrap.wrapCode(body, layout.codeColumns());
        CodeWrap.breakInlineCode(body);
        UprightCjk.apply(body);
        return doc;
    }

    /**
     * The thin space that parts Han from Latin text ({@link dev.bookbuilder.i18n.ScriptGaps}) is in no CJK
     * font, and was drawn as nothing: "见Multi-Head", "Prompt工程篇". A word space, a quarter em in those
     * fonts, takes its place; like the space an author types there, a line may break at it.
     */
    private static void wordSpacesForThinSpaces(Element body) {
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode t && t.getWholeText().indexOf('\u2009') >= 0
                    && t.parent() instanceof Element parent && Selectors.closest(parent, "pre, code") == null) {
                t.text(t.getWholeText().replace('\u2009', ' '));
            }
        }, body);
    }

    /** The contents and the study plan come after the front matter, before the first cluster (once). */
    private static void printTocAndPlan(Element body, RenderedEdition rendered, Edition edition) {
        if (body.selectFirst(".print-toc") != null) {
            return;
        }
        body.appendChild(printToc(rendered.toc(), edition));
        rendered.pages().stream().filter(p -> p.page().kind() == PageKind.PLAN).findFirst().ifPresent(p -> {
            Element s = section(p, "page-front");
            s.prependElement("div").addClass("rh-chapter").text(p.page().title());
            body.appendChild(s);
        });
    }

    private static void head(Element head, Edition edition, PrintLayout layout, String printCss, List<TocEntry> toc) {
        head.appendElement("meta").attr("charset", "UTF-8");
        head.appendElement("title").text(edition.fullTitle());
        head.appendElement("meta").attr("name", "author").attr("content", edition.labels().join(edition.book().authors()));
        head.appendElement("meta").attr("name", "subject").attr("content", edition.book().subtitle());
        head.appendElement("meta").attr("name", "keywords").attr("content", keywords(edition));
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(layout.css() + "\n" + printCss));
        Element bookmarks = head.appendElement("bookmarks");
        for (TocEntry e : toc) {
            bookmark(bookmarks, e);
        }
    }

    private static String keywords(Edition edition) {
        return edition.stages().stream().flatMap(s -> s.clusters().stream()).map(c -> c.opener().shortTitle())
                .collect(Collectors.joining(", "));
    }

    private static void bookmark(Element parent, TocEntry e) {
        Element b = parent.appendElement("bookmark").attr("name", e.label())
                .attr("href", "#" + (e.fragment() != null ? e.fragment() : e.page().id()));
        e.children().forEach(c -> bookmark(b, c));
    }

    /** The key under which the writer records the last page of a page (a question), for the index's ranges. */
    static String endId(String pageId) {
        return pageId + "--end";
    }

    private static Element section(RenderedPage page, String cssClass) {
        return JoinedPages.section(page, cssClass);
    }

    /** The printed contents: clusters and questions (and back matter), page numbers filled in by the renderer. */
    private static Element printToc(List<TocEntry> toc, Edition edition) {
        Element s = new Element("div").addClass("page").addClass("print-toc").id("print-toc");
        s.prependElement("div").addClass("rh-chapter").text(edition.labels().get("page.contents"));
        s.appendElement("h1").text(edition.labels().get("page.contents"));
        Element list = s.appendElement("div").addClass("toc");
        // The study plan is printed after the contents, so it is listed after the front matter before them.
        List<TocEntry> plans = toc.stream().filter(e -> e.page().kind() == PageKind.PLAN).toList();
        boolean plansListed = false;
        for (TocEntry e : toc) {
            PageKind kind = e.page().kind();
            if (kind == PageKind.PLAN) {
                continue;
            }
            if (!plansListed && kind != PageKind.FRONT && kind != PageKind.COLOPHON) {
                plans.forEach(pl -> tocEntries(list, pl, edition));
                plansListed = true;
            }
            tocEntries(list, e, edition);
        }
        if (!plansListed) {
            plans.forEach(pl -> tocEntries(list, pl, edition));
        }
        return s;
    }

    private static void tocEntries(Element list, TocEntry e, Edition edition) {
        PageKind kind = e.page().kind();
        if (kind == PageKind.COLOPHON || e.fragment() != null) {
            return; // sections only in the bookmarks
        }
        boolean stage = kind == PageKind.CLUSTER && !e.label().equals(e.page().numberedTitle(true));
        if (stage) {
            list.appendElement("p").addClass("toc-stage").text(e.label());
        } else {
            String cls = switch (kind) {
                case CLUSTER -> "toc-cluster";
                case QUESTION -> "toc-question";
                case FRONT, PLAN -> "toc-front"; // 前言 and the like, with their roman folios
                default -> "toc-back";
            };
            String label = kind == PageKind.CLUSTER ? e.page().numberedTitle(false) : e.label();
            Element a = list.appendElement("p").addClass("toc-entry").addClass(cls)
                    .appendElement("a").attr("href", "#" + e.page().id()).text(label);
            // Filled in once the first layout pass knows the page (see PdfBookWriter).
            a.appendElement("span").addClass("toc-page").attr("data-target", e.page().id()).text(PAGE_PLACEHOLDER);
        }
        e.children().forEach(c -> tocEntries(list, c, edition));
    }

    /** The ids of the pages the printed contents names, in order. */
    static List<String> tocTargets(Document doc) {
        return doc.select(".toc-page").eachAttr("data-target");
    }

    /** Writes the printed folios (roman before the body) into the contents. */
    static void fillToc(Document doc, Map<String, String> folios) {
        for (Element span : doc.select(".toc-page")) {
            String n = folios.get(span.attr("data-target"));
            span.text(n == null ? "" : n);
        }
    }

    /** The contents' target on whose page the body's page 1 stands (the first cluster or back matter), or null. */
    static String bodyStartTarget(Document doc, List<String> targets) {
        for (String id : targets) {
            Element e = doc.getElementById(id);
            if (e != null && Selectors.closest(e, ".body-start") != null) {
                return id;
            }
        }
        return null;
    }

    /** Puts a blank page before each of these cluster openers, so that they open on a right-hand page. */
    static void insertBlankPages(Document doc, java.util.Set<String> openerIds) {
        for (String id : openerIds) {
            Element opener = doc.getElementById(id);
            Element wrapper = opener == null ? null : Selectors.closest(opener, ".page-opener, ." + OPENS_RIGHT);
            if (wrapper != null) {
                // Empty running elements: the blank page carries no running head.
                Element blank = new Element("div").addClass("page").addClass("blank-page");
                blank.appendElement("div").addClass("rh-book");
                blank.appendElement("div").addClass("rh-chapter");
                wrapper.before(blank);
            }
        }
    }

    /**
     * A back-matter part's opening page carries no running head, as a cluster's opener does not: empty
     * running elements come first on the page (the renderer shows a page's first), the part's own
     * stand at the end of its heading and head the pages after it.
     */
    private static Element backOpening(Element part, Edition edition) {
        Element heading = part.selectFirst("h1");
        Element chapter = part.selectFirst("> .rh-chapter");
        if (heading == null || chapter == null) {
            return part;
        }
        // Inside the heading: what is set after it (the index's columns) may be rebuilt.
        heading.appendElement("div").addClass("rh-book").text(dev.bookbuilder.i18n.ScriptGaps.space(edition.fullTitle()));
        heading.appendChild(chapter);
        part.prependElement("div").addClass("rh-chapter").addClass("rh-none");
        part.prependElement("div").addClass("rh-book").addClass("rh-none");
        return part;
    }

    /** The ids of what opens on a right-hand page in duplex, in order: the cluster openers, the references and the index. */
    static List<String> openerIds(Document doc) {
        List<String> out = new java.util.ArrayList<>();
        for (Element part : doc.select(".page-opener, ." + OPENS_RIGHT)) {
            Element first = part.hasClass("page-opener") ? part.selectFirst("> section[id]") : part.selectFirst("[id]");
            if (first != null) {
                out.add(first.id());
            }
        }
        return out;
    }
}
