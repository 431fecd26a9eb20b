package dev.bookbuilder.pdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;

/**
 * The blank pages and page numbers the print document holds, planned from a layout of it and written
 * into it before the next layout: when a layout measures what it carries, the document stands still
 * and no further layout (the costliest step of a PDF) is needed.
 */
final class PagePlan {
    private final Document html;
    private final List<String> openers;
    private final List<String> targets;
    private final boolean duplex;
    /** The openers with a blank page before them in the document now. */
    private Set<String> blanks = Set.of();
    /** The physical pages whose numbers the document holds now; null while it holds placeholders. */
    private Map<String, Integer> placed;
    /** The contents' target on whose page the body starts (found while the document is whole), or null. */
    private final String bodyTarget;
    /** The elements whose page numbers are printed outside the index: the contents' and the cross-references' targets. */
    private final Set<String> numberedElsewhere;

    PagePlan(Document html, List<String> openers, List<String> targets, boolean duplex) {
        this.html = html;
        this.openers = openers;
        this.targets = targets;
        this.duplex = duplex;
        this.bodyTarget = PrintDocument.bodyStartTarget(html, targets);
        this.numberedElsewhere = new java.util.HashSet<>(targets);
        numberedElsewhere.addAll(PrintCrossRefs.targets(html));
    }

    /**
     * Plans the blank pages and numbers from where a layout of the document as it is now put the
     * measured elements (their 1-based physical pages), and writes them in; whether anything changed
     * (false: the layout already shows what it measured).
     */
    boolean apply(Map<String, Integer> now) {
        Planned next = plan(now);
        if (next.blanks().equals(blanks) && next.placed().equals(placed)) {
            return false;
        }
        if (!next.blanks().equals(blanks)) {
            html.select("div.blank-page").remove();
            PrintDocument.insertBlankPages(html, next.blanks());
        }
        blanks = next.blanks();
        placed = next.placed();
        fillPageNumbers();
        return true;
    }

    /**
     * As {@link #apply}, when the only numbers that change are the index's: they are written into
     * {@code index} (the index's part, taken out of the print document to be laid out last) and true is
     * returned. False, and nothing written, when a blank page or a number printed outside the index (in the
     * contents or a cross-reference) would change.
     */
    boolean applyToIndex(Map<String, Integer> now, Document index) {
        Planned next = plan(now);
        if (placed == null || !next.blanks().equals(blanks)) {
            return false;
        }
        for (String id : numberedElsewhere) {
            if (!java.util.Objects.equals(next.placed().get(id), placed.get(id))) {
                return false;
            }
        }
        placed = next.placed();
        PrintIndex.fill(index, withEnds(), bodyStart());
        return true;
    }

    private record Planned(Set<String> blanks, Map<String, Integer> placed) {
    }

    /** The blank pages and each element's physical page, planned from where a layout put the measured elements. */
    private Planned plan(Map<String, Integer> now) {
        // Where each element would fall without the blank pages the document has now.
        Map<String, Integer> first = new LinkedHashMap<>();
        now.forEach((id, page) -> first.put(id, page - (int) blanks.stream().filter(b -> now.get(b) <= page).count()));
        Set<String> newBlanks = new LinkedHashSet<>();
        if (duplex) {
            for (String o : openers) {
                if ((first.get(o) + newBlanks.size()) % 2 == 0) {
                    newBlanks.add(o);
                }
            }
        }
        Map<String, Integer> newPlaced = new LinkedHashMap<>();
        first.forEach((id, page) -> newPlaced.put(id, page + (int) newBlanks.stream().filter(b -> first.get(b) <= page).count()));
        return new Planned(newBlanks, newPlaced);
    }

    /** The openers with a blank page before them. */
    Set<String> blanks() {
        return blanks;
    }

    /** The physical page of each measured element, as the document's numbers give it. */
    Map<String, Integer> placed() {
        return placed;
    }

    /** The physical page on which the body (folio 1) starts. */
    int bodyStart() {
        return bodyTarget == null ? 1 : placed.get(bodyTarget);
    }

    private void fillPageNumbers() {
        Folios folios = new Folios(bodyStart());
        Map<String, String> labels = new LinkedHashMap<>();
        placed.forEach((id, page) -> labels.put(id, folios.of(page)));
        PrintDocument.fillToc(html, labels);
        PrintIndex.fill(html, withEnds(), folios.bodyStart());
        PrintCrossRefs.fill(html, labels);
    }

    /** The placed pages, and the last page of each of the contents' targets (the index's page ranges end there). */
    private Map<String, Integer> withEnds() {
        Map<String, Integer> withEnds = new LinkedHashMap<>(placed);
        recordLastPages(placed.containsKey("print-toc") ? union(targets, List.of("print-toc")) : targets, withEnds, blanks);
        return withEnds;
    }

    /**
     * The last page of each page of the contents: the page before the next one starts (and before
     * the blank page in front of it), recorded under {@link PrintDocument#endId}.
     */
    private static void recordLastPages(List<String> starts, Map<String, Integer> placed, Set<String> blanks) {
        List<String> ordered = new ArrayList<>(starts);
        ordered.sort(Comparator.comparingInt(placed::get));
        for (int i = 0; i < ordered.size(); i++) {
            String id = ordered.get(i);
            int last = placed.get(id);
            if (i + 1 < ordered.size()) {
                String next = ordered.get(i + 1);
                last = Math.max(last, placed.get(next) - 1 - (blanks.contains(next) ? 1 : 0));
            }
            placed.put(PrintDocument.endId(id), last);
        }
    }

    static List<String> union(Collection<String> a, Collection<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
