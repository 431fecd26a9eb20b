package dev.bookbuilder.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import dev.bookbuilder.config.Bibliography;
import dev.bookbuilder.config.Glossary;
import dev.bookbuilder.diag.Diagnostic;
import dev.bookbuilder.figure.FigureBlock;
import dev.bookbuilder.source.PageSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Parsed pages kept across the builds of one process ({@code build --watch}, {@code serve}): a page
 * whose text, file and position are unchanged is not parsed again. Everything a page's parse gives
 * besides the tree is kept with it (its diagnostics, the glossary terms it uses, its figure blocks), so
 * that a cached page reports as a fresh one would. A changed glossary, bibliography or macros file empties the cache.
 */
public final class PageCache {
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private volatile Object book;
    private volatile int parsed;

    /** What parsing one page depends on besides the glossary and bibliography. */
    record Key(String kind, String id, Path file, int bodyLine, String body) {
        static Key of(PageSource p) {
            return new Key(p.getClass().getSimpleName(), p.id(), p.text().file(), p.text().bodyLine(), p.text().body());
        }
    }

    /** One page's parse and what it reported on the way. */
    record Entry(ParsedPage page, List<Diagnostic> diagnostics, Set<Glossary.Term> found, Map<FencedCodeBlock, FigureBlock> figures) {
    }

    /** Starts a build: entries made with another glossary, bibliography or math macros file are dropped. */
    void begin(Glossary glossary, Bibliography bibliography, String mathMacros) {
        List<Object> now = List.of(glossary, bibliography, mathMacros);
        if (!Objects.equals(book, now)) {
            entries.clear();
            book = now;
        }
        parsed = 0;
    }

    Entry get(PageSource page, Supplier<Entry> parse) {
        Key key = Key.of(page);
        Entry e = entries.get(key);
        if (e == null) {
            e = parse.get();
            entries.put(key, e);
            synchronized (this) {
                parsed++;
            }
        }
        return e;
    }

    /** Drops the pages no longer in the book, after a build that parsed {@code pages}. */
    void retain(List<? extends PageSource> pages) {
        Set<Key> keep = new java.util.HashSet<>();
        pages.forEach(p -> keep.add(Key.of(p)));
        entries.keySet().retainAll(keep);
    }

    /** How many pages the last build parsed (the others came from the cache). */
    public synchronized int parsedLastBuild() {
        return parsed;
    }
}
