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

    PagePlan(Document html, List<String> openers, List<String> targets, boolean duplex) {
        this.html = html;
        this.openers = openers;
        this.targets = targets;
        this.duplex = duplex;
    }

    /**
     * Plans the blank pages and numbers from where a layout of the document as it is now put the
     * measured elements (their 1-based physical pages), and writes them in; whether anything changed
     * (false: the layout already shows what it measured).
     */
    boolean apply(Map<String, Integer> now) {
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
        if (newBlanks.equals(blanks) && newPlaced.equals(placed)) {
            return false;
        }
        if (!newBlanks.equals(blanks)) {
            html.select("div.blank-page").remove();
            PrintDocument.insertBlankPages(html, newBlanks);
        }
        blanks = newBlanks;
        placed = newPlaced;
        fillPageNumbers();
        return true;
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
        String bodyTarget = PrintDocument.bodyStartTarget(html, targets);
        return bodyTarget == null ? 1 : placed.get(bodyTarget);
    }

    private void fillPageNumbers() {
        Folios folios = new Folios(bodyStart());
        Map<String, Integer> withEnds = new LinkedHashMap<>(placed);
        recordLastPages(placed.containsKey("print-toc") ? union(targets, List.of("print-toc")) : targets, withEnds, blanks);
        Map<String, String> labels = new LinkedHashMap<>();
        placed.forEach((id, page) -> labels.put(id, folios.of(page)));
        PrintDocument.fillToc(html, labels);
        PrintIndex.fill(html, withEnds, folios.bodyStart());
        PrintCrossRefs.fill(html, labels);
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
