package dev.bookbuilder.edition;

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
                List<TocEntry> questions = part.questions().stream().map(TocEntry::leaf).toList();
                Page o = part.opener();
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

    private static TocEntry leaf(Page p) {
        return new TocEntry(p.numberedTitle(true), p, p.fileName(), List.of());
    }
}
