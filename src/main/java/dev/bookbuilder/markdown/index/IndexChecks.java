package dev.bookbuilder.markdown.index;

import dev.bookbuilder.config.Position;
import dev.bookbuilder.markdown.ParsedPage;
import dev.bookbuilder.config.Glossary;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.markdown.index.IndexTerm;
import dev.bookbuilder.source.BookSources;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Index diagnostics that need the whole book: unused glossary terms, one term in two spellings. */
public final class IndexChecks {
    private IndexChecks() {
    }

    public static void check(BookSources sources, Map<String, ParsedPage> pages, Set<Glossary.Term> found, Diagnostics diags) {
        Glossary glossary = sources.glossary();
        Map<String, String> firstSpelling = new HashMap<>();
        List<ParsedPage> ordered = sources.pages().stream().map(p -> pages.get(p.id())).filter(java.util.Objects::nonNull).toList();
        for (ParsedPage page : ordered) {
            if (page.source() instanceof dev.bookbuilder.source.Question q) {
                for (String spec : q.index()) {
                    Glossary.Term g = glossary.termFor(spec.split(",")[0]);
                    if (g != null) {
                        found.add(g); // front matter `index:` entries index the question's start
                    }
                }
            }
            for (IndexTerm t : page.indexTerms()) {
                if (t.isAutomatic() || t.primary().isEmpty()) {
                    continue;
                }
                Glossary.Term g = glossary.termFor(t.primary());
                if (g != null) {
                    found.add(g);
                }
                String key = t.primary().toLowerCase(Locale.ROOT);
                String first = firstSpelling.putIfAbsent(key, t.primary());
                if (first != null && !first.equals(t.primary())) {
                    Position where = page.source().text().at(t.getStartOffset());
                    diags.warning("term-spelling", where, "index term `" + t.primary()
                            + "` is also spelled `" + first + "` elsewhere: use one spelling (or make one an alias in glossary.yml)");
                }
            }
        }
        java.nio.file.Path glossaryFile = sources.root().resolve("glossary.yml");
        for (Glossary.Term t : glossary.terms()) {
            if (t.see() == null && !found.contains(t)) {
                diags.warning("unused-term", glossaryFile, t.position().line(), t.position().column(),
                        "glossary term `" + t.term() + "` (or its aliases) never occurs in a question");
            }
        }
    }
}
