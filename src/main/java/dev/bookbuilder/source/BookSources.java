package dev.bookbuilder.source;

import dev.bookbuilder.config.Bibliography;
import dev.bookbuilder.config.BookConfig;
import dev.bookbuilder.config.Glossary;
import java.nio.file.Path;
import dev.bookbuilder.config.MathMacrosFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything read from the source folder, before any Markdown is parsed. */
public record BookSources(Path root, BookConfig config, Glossary glossary, Bibliography bibliography, List<Matter> front,
        List<Cluster> clusters, List<Matter> back, MathMacrosFile mathMacros) {

    public Cluster cluster(String folder) {
        return clusters.stream().filter(c -> c.folder().equals(folder)).findFirst().orElse(null);
    }

    /** Every page of the book in the complete order: front, each cluster then its questions, back. */
    public List<PageSource> pages() {
        List<PageSource> all = new ArrayList<>(front);
        for (Cluster c : clusters) {
            all.add(c);
            all.addAll(c.questions());
        }
        all.addAll(back);
        return all;
    }

    /** Pages by their path below the root ({@code 03-inference/01-kv-cache.md}), for resolving links. */
    public Map<String, PageSource> pagesByPath() {
        return pages().stream().collect(Collectors.toMap(p -> p.text().relPath(), Function.identity(), (a, b) -> a));
    }
}
