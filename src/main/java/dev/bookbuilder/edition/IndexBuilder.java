package dev.bookbuilder.edition;

import dev.bookbuilder.config.Glossary;
import dev.bookbuilder.markdown.index.IndexTerm;
import dev.bookbuilder.source.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds an edition's index from the index terms of the pages it holds: aliases merge into their
 * glossary term, a term with no locator in the edition is dropped, and so are references to it.
 */
final class IndexBuilder {
    private final Glossary glossary;
    private final IndexSorter sorter;

    IndexBuilder(Glossary glossary, com.ibm.icu.util.ULocale locale) {
        this.glossary = glossary;
        this.sorter = new IndexSorter(locale);
    }

    private static final class Acc {
        final String term;
        final List<BookIndex.Locator> locators = new ArrayList<>();
        final Map<String, List<BookIndex.Locator>> subs = new LinkedHashMap<>();

        Acc(String term) {
            this.term = term;
        }
    }

    BookIndex build(List<Page> pages) {
        Map<String, Acc> entries = new LinkedHashMap<>();
        for (Page page : pages) {
            if (page.parsed() == null) {
                continue;
            }
            if (page.parsed().source() instanceof Question q) {
                for (String spec : q.index()) {
                    int comma = spec.indexOf(',');
                    add(entries, comma < 0 ? spec : spec.substring(0, comma), comma < 0 ? null : spec.substring(comma + 1),
                            new BookIndex.Locator(page, page.id(), true));
                }
            }
            for (IndexTerm t : page.parsed().indexTerms()) {
                if (!t.primary().isEmpty()) {
                    add(entries, t.primary(), t.secondary(), new BookIndex.Locator(page, t.anchorId(), false));
                }
            }
        }
        // "See" entries of the glossary, kept only when what they point to is in this edition.
        for (Glossary.Term g : glossary.terms()) {
            if (g.see() != null && entries.containsKey(canonical(g.see())) && !entries.containsKey(g.term())) {
                entries.put(g.term(), new Acc(g.term()));
            }
        }
        // An entry stays when it has a locator here, or points ("see") to one that does.
        java.util.Set<String> kept = new java.util.HashSet<>();
        entries.values().stream().filter(a -> !a.locators.isEmpty() || !a.subs.isEmpty()).forEach(a -> kept.add(a.term));
        for (Acc a : entries.values()) {
            Glossary.Term g = glossary.termFor(a.term);
            if (g != null && g.see() != null && kept.contains(canonical(g.see()))) {
                kept.add(a.term);
            }
        }
        List<BookIndex.Entry> list = new ArrayList<>();
        for (Acc a : entries.values()) {
            if (!kept.contains(a.term)) {
                continue;
            }
            Glossary.Term g = glossary.termFor(a.term);
            String see = g != null && g.see() != null && kept.contains(canonical(g.see())) ? canonical(g.see()) : null;
            List<String> seeAlso = g == null ? List.of() : g.seeAlso().stream().map(this::canonical)
                    .filter(s -> kept.contains(s) && !s.equals(a.term)).distinct().toList();
            List<BookIndex.Entry> subs = a.subs.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(sorter.order(t -> null)))
                    .map(e -> new BookIndex.Entry(e.getKey(), List.copyOf(e.getValue()), List.of(), null, List.of())).toList();
            list.add(new BookIndex.Entry(a.term, List.copyOf(a.locators), subs, see, seeAlso));
        }
        list.sort(java.util.Comparator.comparing(BookIndex.Entry::term, sorter.order(this::sortKey)));
        Map<String, List<BookIndex.Entry>> groups = list.stream()
                .collect(Collectors.groupingBy(e -> sorter.group(e.term(), sortKey(e.term())), LinkedHashMap::new, Collectors.toList()));
        return new BookIndex(groups.entrySet().stream().map(e -> new BookIndex.Group(e.getKey(), List.copyOf(e.getValue()))).toList());
    }

    private void add(Map<String, Acc> entries, String primary, String secondary, BookIndex.Locator at) {
        Acc acc = entries.computeIfAbsent(canonical(primary.strip()), Acc::new);
        if (secondary == null || secondary.isBlank()) {
            acc.locators.add(at);
        } else {
            acc.subs.computeIfAbsent(secondary.strip(), k -> new ArrayList<>()).add(at);
        }
    }

    /** An alias's entry is its glossary term's; other spellings stand as written. */
    private String canonical(String spelling) {
        Glossary.Term g = glossary.termFor(spelling);
        return g != null ? g.term() : spelling.strip();
    }

    private String sortKey(String term) {
        Glossary.Term g = glossary.termFor(term);
        return g == null ? null : g.sort();
    }
}
