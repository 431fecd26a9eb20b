package dev.bookbuilder.importer;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
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
    /** Anchors a page defines without a heading, which the builder keeps: {@code {#fig-x}}, {@code \label{x}}. */
    private static final Pattern EXPLICIT = Pattern.compile("\\{#([^\\s}]+)|\\\\label\\{([^}]+)}");
    /**
     * An HTML anchor, {@code <a id="x"></a>} or {@code <a name="x">}: the builder keeps no HTML {@code id}, so a link
     * to it can only go to the heading it marks.
     */
    private static final Pattern HTML_ANCHOR = Pattern.compile("(?i)<[a-z][a-z0-9]*\\b[^>]*?\\b(?:name|id)\\s*=\\s*[\"']([^\"']+)[\"']");

    /**
     * Where a fragment points: a page (old path) and its anchor; {@code anchor} is empty for the page's title
     * heading (the builder takes it out of the body, so the link is to the page), null when no page has it.
     */
    record Target(String page, String anchor) {
    }

    private final Map<String, Set<String>> byPage = new LinkedHashMap<>();
    private final Map<String, String> titles = new HashMap<>();
    /**
     * Per page, an HTML anchor's name → the anchor of the heading it stands in or just before, else of the
     * heading of the section it is in (a reader lands there, not at the top of the page).
     */
    private final Map<String, Map<String, String>> htmlAnchors = new HashMap<>();

    /** @param texts each page's Markdown, by its path in the source, in the contents' order */
    HeadingAnchors(Map<String, String> texts) {
        texts.forEach((page, text) -> byPage.put(page, anchorsOf(page, text)));
    }

    private Set<String> anchorsOf(String page, String text) {
        Set<String> anchors = new TreeSet<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<Heading, String> headingAnchors = new HashMap<>();
        Map<Node, Heading> html = new LinkedHashMap<>(); // each HTML node → the heading of the section it is in, or null
        Heading section = null;
        for (Node n : PARSER.parse(text).getDescendants()) {
            if (n instanceof HtmlBlock || n instanceof HtmlInline) {
                html.put(n, section);
            }
            if (n instanceof Heading h) {
                String slug = Slugs.slug(new TextCollectingVisitor().collectAndGetText(h));
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
                headingAnchors.put(h, count == 1 ? slug : slug + "-" + (count - 1));
                section = h;
                if (h.getLevel() == 1 && !text.startsWith("---")) {
                    titles.putIfAbsent(page, slug); // the first `#` heading is the page's title, not a heading of its body
                }
            }
        }
        Matcher m = EXPLICIT.matcher(text);
        while (m.find()) {
            anchors.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        Map<String, String> marks = new HashMap<>();
        for (Map.Entry<Node, Heading> e : html.entrySet()) {
            Node n = e.getKey();
            Heading marked = markedHeading(n);
            Heading h = marked != null ? marked : e.getValue();
            Matcher a = HTML_ANCHOR.matcher(n.getChars());
            while (h != null && a.find()) {
                marks.putIfAbsent(a.group(1), headingAnchors.get(h));
            }
        }
        htmlAnchors.put(page, marks);
        return anchors;
    }

    /** The heading an HTML node marks: the heading it stands in, or the one right after its block; else null. */
    private static Heading markedHeading(Node html) {
        for (Node p = html; p != null; p = p.getParent()) {
            if (p instanceof Heading h) {
                return h;
            }
        }
        Node block = html instanceof HtmlBlock ? html : html.getParent();
        return block != null && block.getNext() instanceof Heading h ? h : null;
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
        String marked = htmlAnchors.getOrDefault(page, Map.of()).get(wanted);
        if (marked != null) {
            return new Target(page, marked);
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
