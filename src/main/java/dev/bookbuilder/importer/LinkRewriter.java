package dev.bookbuilder.importer;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.InlineLinkNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.bookbuilder.markdown.MarkdownOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points the relative links and image paths of a moved page at where their targets now are. Only
 * link destinations change, never the prose: each is replaced in place in the text.
 */
final class LinkRewriter {
    private static final Parser PARSER = Parser.builder(MarkdownOptions.options()).build();
    private static final Pattern HTML_URL = Pattern.compile("(?i)\\b(src|href)\\s*=\\s*([\"'])([^\"']*)\\2");
    private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//|#).*");

    private final Map<String, String> moved;
    private final Predicate<String> exists;

    /**
     * @param moved  new path of each imported page, by its old path (both below their roots)
     * @param exists whether a file other than a page exists at an old path (it is copied to the same path)
     */
    LinkRewriter(Map<String, String> moved, Predicate<String> exists) {
        this.moved = moved;
        this.exists = exists;
    }

    /** The text of the page that moved from {@code oldPath} to {@code newPath}, its links pointing at their targets' new places. */
    String rewrite(String text, String oldPath, String newPath, ImportNotes notes) {
        List<int[]> spans = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (Node n : PARSER.parse(text).getDescendants()) {
            BasedSequence url = n instanceof InlineLinkNode l ? l.getUrl() : n instanceof Reference r ? r.getUrl() : null;
            if (url != null && !url.isEmpty()) {
                spans.add(new int[] {url.getStartOffset(), url.getEndOffset()});
                urls.add(url.toString());
            } else if (n instanceof HtmlBlock || n instanceof HtmlInline) {
                Matcher m = HTML_URL.matcher(n.getChars());
                while (m.find()) {
                    spans.add(new int[] {n.getStartOffset() + m.start(3), n.getStartOffset() + m.end(3)});
                    urls.add(m.group(3));
                }
            }
        }
        StringBuilder out = new StringBuilder(text);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> spans.get(i)[0]).reversed());
        for (int i : order) {
            String replacement = target(urls.get(i), oldPath, newPath, notes);
            if (replacement != null) {
                out.replace(spans.get(i)[0], spans.get(i)[1], replacement);
            }
        }
        return out.toString();
    }

    private String target(String url, String oldPath, String newPath, ImportNotes notes) {
        if (EXTERNAL.matcher(url).matches()) {
            return null;
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        String old = Paths.resolve(Paths.dirOf(oldPath), Paths.decode(path));
        if (old == null) {
            notes.add(oldPath, "`" + url + "` points outside the book's folder: left as it is");
            return null;
        }
        String now;
        if (moved.containsKey(old)) {
            now = moved.get(old);
        } else if (moved.containsKey(old + ".md")) {
            now = moved.get(old + ".md"); // docsify links pages without their extension
        } else if (exists.test(old)) {
            now = old;
        } else {
            if (old.endsWith(".md")) {
                notes.add(oldPath, "`" + url + "` is a page that the contents do not list: left as it is");
            }
            return null;
        }
        String rel = Paths.relative(Paths.dirOf(newPath), now).replace(" ", "%20");
        return rel + fragment;
    }
}
