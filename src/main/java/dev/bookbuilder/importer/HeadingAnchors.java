package dev.bookbuilder.importer;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import dev.bookbuilder.markdown.MarkdownOptions;
import dev.bookbuilder.markdown.Slugs;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anchors of the imported pages' headings, computed as the builder computes them (GitHub's), so that a
 * link's {@code #fragment} that a site forgave can be pointed at the heading it means. mdBook and GitHub
 * pages carry {@code [x](addition.md#Complete-addition)} and {@code [x](#Heading-of-another-page)} (written
 * for a print view that joins all pages); the book would stop at them with {@code missing-anchor}.
 */
final class HeadingAnchors {
    private static final Parser PARSER = Parser.builder(MarkdownOptions.options()).build();
    /** Anchors a page defines without a heading: {@code {#fig-x}}, {@code <a name="x">}, {@code id="x"}, {@code \label{x}}. */
    private static final Pattern EXPLICIT = Pattern.compile("\\{#([^\\s}]+)|\\b(?:name|id)\\s*=\\s*[\"']([^\"']+)[\"']|\\\\label\\{([^}]+)}");

    /**
     * Where a fragment points: a page (old path) and its anchor; {@code anchor} is empty for the page's title
     * heading (the builder takes it out of the body, so the link is to the page), null when no page has it.
     */
    record Target(String page, String anchor) {
    }

    private final Map<String, Set<String>> byPage = new LinkedHashMap<>();
    private final Map<String, String> titles = new HashMap<>();

    /** @param texts each page's Markdown, by its path in the source, in the contents' order */
    HeadingAnchors(Map<String, String> texts) {
        texts.forEach((page, text) -> byPage.put(page, anchorsOf(page, text)));
    }

    private Set<String> anchorsOf(String page, String text) {
        Set<String> anchors = new TreeSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node n : PARSER.parse(text).getDescendants()) {
            if (n instanceof Heading h) {
                String slug = Slugs.slug(new TextCollectingVisitor().collectAndGetText(h));
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
                if (h.getLevel() == 1 && !text.startsWith("---")) {
                    titles.putIfAbsent(page, slug); // the first `#` heading is the page's title, not a heading of its body
                }
            }
        }
        Matcher m = EXPLICIT.matcher(text);
        while (m.find()) {
            anchors.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        }
        return anchors;
    }

    boolean isPage(String page) {
        return byPage.containsKey(page);
    }

    /**
     * The heading {@code fragment} (without '#', still percent-encoded as written) of {@code page} means: itself
     * when the page has it; the page's heading of another letter case; else the one page of the book that has
     * it (in any letter case); else none.
     */
    Target resolve(String page, String fragment) {
        Target t = find(page, fragment);
        return t.anchor() != null && t.anchor().equals(titles.get(t.page())) ? new Target(t.page(), "") : t;
    }

    private Target find(String page, String fragment) {
        String wanted = Paths.decode(fragment);
        Set<String> own = byPage.getOrDefault(page, Set.of());
        if (own.contains(wanted)) {
            return new Target(page, fragment);
        }
        String inPage = ignoringCase(own, wanted);
        if (inPage != null) {
            return new Target(page, inPage);
        }
        List<Map.Entry<String, String>> elsewhere = byPage.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), String.valueOf(ignoringCase(e.getValue(), wanted))))
                .filter(e -> !e.getValue().equals("null")).toList();
        return elsewhere.size() == 1 ? new Target(elsewhere.get(0).getKey(), elsewhere.get(0).getValue()) : new Target(page, null);
    }

    private static String ignoringCase(Set<String> anchors, String wanted) {
        String lower = wanted.toLowerCase(Locale.ROOT);
        return anchors.stream().filter(a -> a.toLowerCase(Locale.ROOT).equals(lower)).findFirst().orElse(null);
    }
}
