package dev.bookbuilder.importer;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.InlineLinkNode;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.bookbuilder.markdown.MarkdownOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
    /** A relative address's query, with docsify's heading id ({@code ?id=classes}) when it has one. */
    private static final Pattern QUERY = Pattern.compile("\\?(?:(?:[^&]*&)*?id=([^&]+))?.*$");
    private static final Pattern HTML_IMG = Pattern.compile("(?i)<img\\b[^>]*>");
    private static final Pattern OWN_FILE = Pattern.compile(
            "^https://(?:raw\\.githubusercontent\\.com/([^/]+)/([^/]+)/([^/]+)|github\\.com/([^/]+)/([^/]+)/(?:raw|blob)/([^/]+))/([^?#]+)(?:\\?raw=true)?$");

    private final Map<String, String> moved;
    private final Predicate<String> exists;
    private final String rootInRepository;
    private final HeadingAnchors anchors;
    private String[] repository;

    /**
     * @param moved  new path of each imported page and renamed file, by its old path (both below their roots)
     * @param exists whether a file other than a page exists at an old path (it is copied to the same path)
     * @param rootInRepository the book's folder inside its repository ({@code docs}), or empty
     * @param anchors the headings of the pages, by their old paths
     */
    LinkRewriter(Map<String, String> moved, Predicate<String> exists, String rootInRepository, HeadingAnchors anchors) {
        this.moved = moved;
        this.exists = exists;
        this.rootInRepository = rootInRepository;
        this.anchors = anchors;
    }

    /** The text of the page that moved from {@code oldPath} to {@code newPath}, its links pointing at their targets' new places. */
    String rewrite(String text, String oldPath, String newPath, ImportNotes notes) {
        List<Edit> edits = new ArrayList<>();
        Document document = PARSER.parse(text);
        for (Node n : document.getDescendants()) {
            BasedSequence url = n instanceof InlineLinkNode l ? l.getUrl() : n instanceof Reference r ? r.getUrl() : null;
            boolean image = n instanceof Image;
            String where = oldPath + ":" + (n.getLineNumber() + 1);
            if (url != null && !url.isEmpty()) {
                String local = image ? ownImage(url.toString()) : null;
                String t = target(local != null ? local : url.toString(), oldPath, newPath, where, notes);
                if (t == MISSING && image) {
                    continue; // the build reports a missing image at its line, as it does in any book
                }
                if (t == OUTSIDE || t == MISSING) {
                    String why = t == OUTSIDE ? "points outside the book's folder" : "names no file of the book";
                    if (n instanceof com.vladsch.flexmark.ast.Link link) {
                        // A file beside the book (the repository's LICENSE), or none: a book cannot carry it, its words stay.
                        edits.add(new Edit(n.getStartOffset(), n.getEndOffset(), link.getText().toString()));
                        notes.add(where, "`" + url + "` " + why + ": its link text is kept as text");
                    } else if (n instanceof Reference) {
                        notes.add(where, "`" + url + "` " + why + ": the links that use it keep their text as text");
                    } else {
                        notes.add(where, "`" + url + "` " + why + ": left as it is");
                    }
                } else if (t != null) {
                    edits.add(new Edit(url.getStartOffset(), url.getEndOffset(), t));
                } else if (image && EXTERNAL.matcher(url.toString()).matches()) {
                    // A picture from the web (a badge): the book keeps its words and its address, as a link.
                    edits.add(new Edit(n.getStartOffset(), n.getStartOffset() + 1, ""));
                    notes.add(where, "remote image `" + url + "` becomes a link: a book carries its own images");
                }
            } else if (n instanceof LinkRef ref && !(n instanceof ImageRef)) {
                // [text][std]: its definition [std]: ../std/index.html leads to rustdoc beside the site, not into the book.
                Reference def = ref.isDefined() ? ref.getReferenceNode(document) : null;
                if (def != null && leaves(def.getUrl().toString(), oldPath)) {
                    edits.add(new Edit(n.getStartOffset(), n.getEndOffset(), (ref.getText().isBlank() ? ref.getReference() : ref.getText()).toString()));
                }
            } else if (n instanceof HtmlBlock || n instanceof HtmlInline) {
                html(n, oldPath, newPath, notes, edits);
            }
        }
        StringBuilder out = new StringBuilder(text);
        edits.sort(Comparator.comparingInt(Edit::start).reversed());
        for (Edit e : edits) {
            out.replace(e.start(), e.end(), e.text());
        }
        return out.toString();
    }

    /** Whether a link's address leads out of the book or to no file of it (its note is given at its definition). */
    private boolean leaves(String url, String oldPath) {
        String t = target(url, oldPath, oldPath, oldPath, new ImportNotes());
        return t == OUTSIDE || t == MISSING;
    }

    /** What {@link #target} gives for a path that leaves the book's folder (compared by identity). */
    private static final String OUTSIDE = new String("outside");
    /** What {@link #target} gives for a relative path that names no page, file or folder page of the book. */
    private static final String MISSING = new String("missing");

    private record Edit(int start, int end, String text) {
    }

    private void html(Node n, String oldPath, String newPath, ImportNotes notes, List<Edit> edits) {
        Matcher tag = HTML_IMG.matcher(n.getChars());
        List<int[]> removed = new ArrayList<>();
        while (tag.find()) {
            Matcher src = HTML_URL.matcher(tag.group());
            if (src.find() && EXTERNAL.matcher(src.group(3)).matches() && ownImage(src.group(3)) == null) {
                removed.add(new int[] {tag.start(), tag.end()});
                edits.add(new Edit(n.getStartOffset() + tag.start(), n.getStartOffset() + tag.end(), ""));
                notes.add(oldPath + ":" + (n.getLineNumber() + 1), "remote image `" + src.group(3) + "` in HTML is left out: a book carries its own images");
            }
        }
        Matcher m = HTML_URL.matcher(n.getChars());
        while (m.find()) {
            int at = m.start();
            if (removed.stream().anyMatch(r -> r[0] <= at && at < r[1])) {
                continue;
            }
            String local = m.group(1).equalsIgnoreCase("src") ? ownImage(m.group(3)) : null;
            String where = oldPath + ":" + (n.getLineNumber() + 1);
            String t = target(local != null ? local : m.group(3), oldPath, newPath, where, notes);
            if (t == OUTSIDE) {
                notes.add(where, "`" + m.group(3) + "` points outside the book's folder: left as it is");
            } else if (t != null && t != MISSING) {
                edits.add(new Edit(n.getStartOffset() + m.start(3), n.getStartOffset() + m.end(3), t));
            }
        }
    }

    /**
     * A web address of a file of this very book on GitHub ({@code raw.githubusercontent.com/o/r/main/docs/x.png}),
     * as a path from the book's root ({@code /x.png}); null for any other address.
     */
    private String ownImage(String url) {
        Matcher m = OWN_FILE.matcher(url);
        if (!m.matches()) {
            return null;
        }
        boolean raw = m.group(1) != null;
        String owner = raw ? m.group(1) : m.group(4);
        String name = raw ? m.group(2) : m.group(5);
        String branch = raw ? m.group(3) : m.group(6);
        String path = Paths.decode(m.group(7));
        String prefix = rootInRepository.isEmpty() ? "" : rootInRepository + "/";
        if (!path.startsWith(prefix) || !exists.test(path.substring(prefix.length()))) {
            return null;
        }
        if (repository == null) {
            repository = new String[] {"https://github.com/" + owner + "/" + name, branch};
        }
        return "/" + path.substring(prefix.length());
    }

    /** The repository and branch the book's own GitHub addresses name, or null when it names none. */
    String[] repository() {
        return repository;
    }

    private String target(String url, String oldPath, String newPath, String where, ImportNotes notes) {
        if (url.startsWith("#") && url.length() > 1) {
            return fragmentOnly(url, oldPath, newPath, where, notes);
        }
        if (EXTERNAL.matcher(url).matches()) {
            return null;
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        Matcher query = QUERY.matcher(path);
        if (query.find()) {
            // docsify names a heading by a query, themes.md?id=classes: in a book it is the fragment #classes
            path = path.substring(0, query.start());
            fragment = fragment.isEmpty() && query.group(1) != null ? "#" + query.group(1) : fragment;
        }
        String old = Paths.resolve(Paths.dirOf(oldPath), Paths.decode(path));
        if (old == null) {
            return OUTSIDE;
        }
        String page = moved.containsKey(old) ? old : moved.containsKey(old + ".md") ? old + ".md" : null; // docsify leaves out .md
        if (page == null && !exists.test(old)) {
            page = builtPage(old);
        }
        if (page == null) {
            page = folderPage(old); // GitHub shows a folder's README for a link to the folder
        }
        String now;
        if (page != null) {
            now = moved.get(page);
            if (fragment.length() > 1 && anchors.isPage(page)) {
                HeadingAnchors.Target t = anchors.resolve(page, fragment.substring(1));
                if (t.anchor() == null) {
                    notes.add(where, "`" + url + "`: `" + page + "` has no heading `" + fragment + "`: the link points at the page");
                    fragment = "";
                } else if (!t.anchor().equals(fragment.substring(1))) {
                    notes.add(where, "`" + url + "` points at `" + t.page() + (t.anchor().isEmpty() ? "`, whose title it names"
                            : "#" + t.anchor() + "`, the heading it names"));
                    now = moved.get(t.page());
                    fragment = t.anchor().isEmpty() ? "" : "#" + t.anchor();
                }
            }
        } else if (exists.test(old)) {
            now = old;
            if (old.toLowerCase(Locale.ROOT).endsWith(".md")) {
                // A draft the author left out of the contents ("6.4[WIP] 偏好对齐.md"): a file of the book, not a page.
                notes.add(where, "`" + url + "` is a page the contents do not list: it is not a page of the book, the link points at its file");
            }
        } else {
            return path.isEmpty() ? null : MISSING;
        }
        String rel = Paths.relative(Paths.dirOf(newPath), now).replace(" ", "%20");
        return rel + fragment;
    }

    /** The page that opens folder {@code old} ({@code 05_container} → {@code 05_container/README.md}), or null. */
    private String folderPage(String old) {
        String dir = old.endsWith("/") ? old.substring(0, old.length() - 1) : old;
        return moved.keySet().stream().filter(p -> Paths.dirOf(p).equals(dir))
                .filter(p -> p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).matches("(readme|index)\\.md")).findFirst().orElse(null);
    }

    /**
     * The page an address of the built site names: mdBook writes {@code naming.md} as {@code naming.html} and a
     * folder's {@code README.md} as its {@code index.html}, and authors link to those; null when no page is meant.
     */
    private String builtPage(String old) {
        String lower = old.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".html") && !lower.endsWith(".htm")) {
            return null;
        }
        String stem = old.substring(0, old.lastIndexOf('.'));
        if (moved.containsKey(stem + ".md")) {
            return stem + ".md";
        }
        String name = stem.substring(stem.lastIndexOf('/') + 1);
        String readme = (stem.contains("/") ? stem.substring(0, stem.lastIndexOf('/') + 1) : "") + "README.md";
        return name.equals("index") && moved.containsKey(readme) ? readme : null;
    }

    /**
     * A link to a heading of the same page, {@code #x}: kept when the page has it; else pointed at the page
     * that has it (mdBook's print view joins all pages, and authors link across them so), else at the page.
     */
    private String fragmentOnly(String url, String oldPath, String newPath, String where, ImportNotes notes) {
        if (!anchors.isPage(oldPath)) {
            return null;
        }
        HeadingAnchors.Target t = anchors.resolve(oldPath, url.substring(1));
        if (t.anchor() != null && t.page().equals(oldPath) && t.anchor().equals(url.substring(1))) {
            return null;
        }
        String now = moved.get(t.page());
        String rel = Paths.relative(Paths.dirOf(newPath), now).replace(" ", "%20");
        if (t.anchor() == null) {
            notes.add(where, "`" + url + "` names no heading of the book: the link points at its own page");
            return rel;
        }
        if (t.anchor().isEmpty()) {
            notes.add(where, "`" + url + "` points at `" + t.page() + "`, whose title it names");
            return rel;
        }
        notes.add(where, "`" + url + "` points at `" + t.page() + "#" + t.anchor() + "`, the heading it names");
        return t.page().equals(oldPath) ? "#" + t.anchor() : rel + "#" + t.anchor();
    }
}
