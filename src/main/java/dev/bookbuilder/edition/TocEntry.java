package dev.bookbuilder.edition;

import dev.bookbuilder.markdown.ParsedPage;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of an edition's table of contents, the same tree for the EPUB nav, the NCX and
 * the printed contents.
 *
 * @param page the page the entry opens (for a stage, its first cluster)
 */
public record TocEntry(String label, Page page, String href, List<TocEntry> children) {

    /** Front matter, then stages (when labelled) or clusters, their questions, then back matter. */
    public static List<TocEntry> of(Edition edition) {
        List<TocEntry> toc = new ArrayList<>();
        for (Page p : edition.leading()) {
            if (p.kind() == PageKind.FRONT || p.kind() == PageKind.COLOPHON || p.kind() == PageKind.PLAN) {
                toc.add(leaf(p));
            }
        }
        for (Edition.Stage stage : edition.stages()) {
            List<TocEntry> clusters = new ArrayList<>();
            for (Edition.ClusterPart part : stage.clusters()) {
                List<TocEntry> questions = part.questions().stream().map(q -> withSections(q, edition.book().tocDepth())).toList();
                Page o = part.opener();
                if (questions.isEmpty()) {
                    // A chapter that is one page (a docsify or README-style chapter): its sections below it.
                    questions = withSections(o, edition.book().tocDepth()).children();
                }
                clusters.add(new TocEntry(o.numberedTitle(true), o, o.fileName(), questions));
            }
            if (stage.label() != null && !clusters.isEmpty()) {
                TocEntry first = clusters.get(0);
                toc.add(new TocEntry(stage.label(), first.page(), first.href(), clusters));
            } else {
                toc.addAll(clusters);
            }
        }
        edition.back().forEach(p -> toc.add(leaf(p)));
        return List.copyOf(toc);
    }

    /** A page with its {@code ##}, {@code ###}, … headings nested below it, {@code depth} levels deep. */
    private static TocEntry withSections(Page p, int depth) {
        List<ParsedPage.Section> sections = p.parsed() == null ? List.of() : p.parsed().headings().stream()
                .filter(h -> h.level() >= 2 && h.level() <= 1 + depth).toList();
        return new TocEntry(p.numberedTitle(true), p, p.fileName(), nest(p, sections, 0, sections.size(), 2));
    }

    private static List<TocEntry> nest(Page p, List<ParsedPage.Section> sections, int from, int to, int level) {
        List<TocEntry> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ParsedPage.Section s = sections.get(i);
            if (s.level() > level && !out.isEmpty()) {
                continue; // nested below the entry before it
            }
            int end = i + 1;
            while (end < to && sections.get(end).level() > s.level()) {
                end++;
            }
            out.add(new TocEntry(dev.bookbuilder.i18n.ScriptGaps.space(s.text()), p, p.fileName() + "#" + s.anchorId(), nest(p, sections, i + 1, end, s.level() + 1)));
            i = end - 1;
        }
        return List.copyOf(out);
    }

    /** The fragment of a heading's entry ({@code page-s3}), or null for an entry that opens a page. */
    public String fragment() {
        int hash = href.indexOf('#');
        return hash < 0 ? null : href.substring(hash + 1);
    }

    private static TocEntry leaf(Page p) {
        return new TocEntry(p.numberedTitle(true), p, p.fileName(), List.of());
    }
}
