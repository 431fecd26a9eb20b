package dev.bookbuilder.markdown;

import dev.bookbuilder.config.Position;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import dev.bookbuilder.diag.Diagnostics;
import dev.bookbuilder.markdown.caption.Caption;
import dev.bookbuilder.markdown.math.EquationRef;
import dev.bookbuilder.source.BookSources;
import dev.bookbuilder.source.PageSource;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Resolves the plain relative links between source files ({@code ../03-inference/01-kv-cache.md#anchor})
 * to pages and anchors of the book; a link to a missing file or anchor is an error, one to a file that
 * is not a page goes to {@link FileLinks}.
 */
public final class LinkChecker {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    /** A web address with a host: "https://" and at least one character of it. */
    private static final Pattern WEB = Pattern.compile("(?i)https?://[^/?#\\s]");

    private final Map<String, PageSource> byPath;
    private final Map<String, ParsedPage> pages;
    private final Diagnostics diags;

    private final Path root;
    private final FileLinks files;

    LinkChecker(BookSources sources, Map<String, ParsedPage> pages, Diagnostics diags) {
        this.root = sources.root();
        this.files = new FileLinks(sources.config().repository(), diags);
        this.byPath = sources.pagesByPath();
        this.pages = pages;
        this.diags = diags;
    }

    /** A web or mail address: the only links that may leave the book (javascript:, data:, file: … may not). */
    static boolean leavesSafely(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("//") || u.startsWith("http:") || u.startsWith("https:") || u.startsWith("mailto:");
    }

    /** An autolink or reference link to a scheme that may not leave the book: reported, its text kept without the link. */
    private void dropIfUnsafe(Node n, ParsedPage page, dev.bookbuilder.source.SourceText text) {
        String url;
        if (n instanceof com.vladsch.flexmark.ast.AutoLink auto) {
            url = auto.getUrl().toString();
        } else {
            com.vladsch.flexmark.ast.Reference ref = ((com.vladsch.flexmark.ast.LinkRef) n).getReferenceNode(page.document());
            url = ref == null ? null : ref.getUrl().toString();
        }
        if (url == null || !isExternal(url) || leavesSafely(url)) {
            return;
        }
        Position where = text.at(n.getStartOffset());
        diags.warning("unsafe-link", where, "link to `" + shorten(url) + "` dropped: only http, https and "
                + "mailto links leave the book (a script or data link could run in a reader); the text stays");
        if (n instanceof com.vladsch.flexmark.ast.AutoLink auto) {
            n.insertBefore(new com.vladsch.flexmark.ast.Text(auto.getText()));
            n.unlink();
        } else {
            unwrap(n);
        }
    }

    /** The link's text in its place, without the link. */
    private static void unwrap(Node link) {
        for (Node child = link.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            child.unlink();
            link.insertBefore(child);
            child = next;
        }
        link.unlink();
    }

    /**
     * A reference-style link ({@code [text][ref]} with {@code [ref]: page.md}) as the inline link it
     * stands for, so that it is checked and pointed at its page like one; an undefined reference is
     * left as the text it is.
     */
    private static Node asLink(LinkRef ref, ParsedPage page) {
        Reference target = ref.isDefined() ? ref.getReferenceNode(page.document()) : null;
        if (target == null) {
            return ref;
        }
        Link link = new Link();
        link.setChars(ref.getChars());
        link.setUrl(target.getUrl());
        link.setTitle(target.getTitle());
        List<Node> children = new ArrayList<>();
        ref.getChildren().forEach(children::add);
        children.forEach(link::appendChild);
        ref.insertBefore(link);
        ref.unlink();
        return link;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /**
     * A web or mail address as the EPUB may hold it, with the characters a URL may not carry (a space,
     * braces, quotes) percent-encoded; null when no reader could open it ({@code https:host/page}, no host).
     */
    static String webAddress(String url) {
        String u = url.strip();
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        if ((lower.startsWith("http:") || lower.startsWith("https:")) && !WEB.matcher(u).lookingAt()) {
            return null;
        }
        StringBuilder out = new StringBuilder(u.length());
        for (char c : u.toCharArray()) {
            if (c <= ' ' || "{}|^`\\\"<>".indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        try {
            new java.net.URI(out.toString());
            return out.toString();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    public static boolean isExternal(String url) {
        return SCHEME.matcher(url).find() || url.startsWith("//");
    }

    Map<Link, CrossRef> resolve(ParsedPage page) {
        Map<Link, CrossRef> out = new IdentityHashMap<>();
        var text = page.source().text();
        List<Node> nodes = new ArrayList<>();
        page.document().getDescendants().forEach(nodes::add); // file links are replaced on the way
        for (Node n : nodes) {
            if (n instanceof com.vladsch.flexmark.ast.AutoLink) {
                dropIfUnsafe(n, page, text); // <javascript:…>
                continue;
            }
            if (n instanceof LinkRef ref && !(n instanceof Link)) {
                n = asLink(ref, page); // [text][ref]: checked as the link it stands for, unsafe targets included
            }
            if (!(n instanceof Link link)) {
                continue;
            }
            String url = link.getUrl().toString();
            if (isExternal(url)) {
                String web = leavesSafely(url) ? webAddress(url) : url;
                if (web == null) {
                    diags.warning("bad-url", text.at(link.getStartOffset()), "`" + shorten(url) + "` is not an address a reader can open"
                            + " (a web address is http:// or https:// and a host); the text stays, without the link");
                    unwrap(link);
                    continue;
                }
                if (!web.equals(url)) {
                    link.setUrl(com.vladsch.flexmark.util.sequence.BasedSequence.of(web)); // spaces and braces encoded, as a browser sends them
                }
                if (!leavesSafely(url)) {
                    Position where = text.at(link.getStartOffset());
                    diags.warning("unsafe-link", where, "link to `" + shorten(url) + "` dropped: only http, https and "
                            + "mailto links leave the book (a script or data link could run in a reader); the text stays");
                    unwrap(link);
                }
                continue;
            }
            Position where = text.at(link.getStartOffset());
            int hash = url.indexOf('#');
            String path = hash < 0 ? url : url.substring(0, hash);
            String anchor = hash < 0 ? null : decode(url.substring(hash + 1));
            ParsedPage target;
            if (path.isEmpty()) {
                target = page;
            } else {
                String rel = resolvePath(text.relDir(), decode(path));
                PageSource src = rel == null ? null : byPath.get(rel);
                if (src == null && rel != null && diags.hasErrorIn(root.resolve(rel))) {
                    continue; // the target failed to load and is reported already: no follow-on error
                }
                if (src == null && rel != null && Files.exists(root.resolve(rel))) {
                    files.replace(link, rel, Files.isDirectory(root.resolve(rel)), anchor, text);
                    continue;
                }
                if (src == null) {
                    diags.error("broken-link", where, "link target `" + path + "` does not exist"
                            + (rel == null ? " (it lies outside the source folder)" : closestPage(text.relDir(), rel)));
                    continue;
                }
                target = pages.get(src.id());
            }
            if (anchor == null || anchor.isEmpty()) {
                out.put(link, new CrossRef(target.id(), null));
            } else if (target.anchorsBySlug().containsKey(anchor)) {
                out.put(link, new CrossRef(target.id(), target.anchorsBySlug().get(anchor)));
            } else if (link instanceof EquationRef && equationPage(anchor) != null) {
                ParsedPage other = equationPage(anchor); // LaTeX labels are global
                out.put(link, new CrossRef(other.id(), other.anchorsBySlug().get(anchor)));
            } else if (link instanceof EquationRef) {
                diags.error("missing-anchor", where, "no numbered equation of the book has `\\label{" + anchor + "}`");
            } else {
                diags.error("missing-anchor", where, "`" + target.source().text().relPath()
                        + "` has no heading with anchor `#" + anchor + "` (anchors: "
                        + String.join(", ", target.anchorsBySlug().keySet().stream().sorted().limit(8).toList()) + ")"
                        + dev.bookbuilder.diag.DidYouMean.suffix(anchor, target.anchorsBySlug().keySet()));
            }
        }
        return out;
    }

    private ParsedPage equationPage(String label) {
        return pages.values().stream().filter(p -> p.captions().stream().anyMatch(c -> c.kind() == Caption.Kind.EQUATION
                && c.anchorId().equals(p.anchorsBySlug().get(label)))).findFirst().orElse(null);
    }

    /** {@code dir/relative} normalized to a path below the root, or null when it climbs out of it. */
    public static String resolvePath(String dir, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        if (!relative.startsWith("/") && !dir.isEmpty()) {
            for (String p : dir.split("/")) {
                parts.addLast(p);
            }
        }
        for (String p : relative.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    /** "; did you mean `02-why-cache.md`?" for the page whose path is closest to the missing one, written relative to the linking file. */
    private String closestPage(String fromDir, String missing) {
        return dev.bookbuilder.diag.DidYouMean.closest(missing, byPath.keySet()).map(found -> {
            java.nio.file.Path rel = java.nio.file.Path.of(fromDir).relativize(java.nio.file.Path.of(found));
            return "; did you mean `" + rel.toString().replace('\\', '/') + "`?";
        }).orElse("");
    }
}
