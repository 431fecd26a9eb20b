package dev.bookbuilder.pdf;

import dev.bookbuilder.cache.CodeVersion;
import dev.bookbuilder.cache.ContentCache;
import dev.bookbuilder.cache.FileStamps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Runs of parts kept across builds as their layouts left them (target/cache/layout): each part's measure
 * and its markup as its page ends were mended. Measuring and mending the parts is half of a PDF's layout
 * work; a run whose parts did not change since a build is put back as that build mended it, and its parts
 * are laid out once, to be painted. The key is the whole run, as a build without the cache groups it: a
 * part's mends may depend on the parts laid out with it, and the book must come out the same, byte for
 * byte, whatever the cache holds. The key also holds all else a layout depends on: the print document's
 * head (the stylesheets, the page), body and running head, which elements are measured, the fonts, the
 * book's images, stylesheets and fonts, and the builder itself. A run whose glyph fallback warned is not
 * kept: its warnings are given at every build.
 *
 * <p>Entries are written only after the PDF was painted from the parts' measures: a build that fails, or
 * whose stylesheet lets parts run on, keeps nothing. A restored part's markup is checked against the
 * digest its mended markup had; a mismatch, or a damaged entry, is a miss.
 */
final class PartCache {
    static final String VERSION = "layout-1";
    /** The comment kept markup holds between two text nodes that were apart. */
    private static final String TEXT_BREAK = "bookbuilder-text-break";
    /** The comment kept markup holds for an empty text node. */
    private static final String EMPTY_TEXT = "bookbuilder-empty-text";

    private final ContentCache store;
    private final String context;
    private final Set<String> measured;
    private final Map<String, String> pending = new LinkedHashMap<>();

    private PartCache(ContentCache store, String context, Set<String> measured) {
        this.store = store;
        this.context = context;
        this.measured = measured;
    }

    /** The runs of this print document's parts kept in {@code store}. */
    static PartCache in(ContentCache store, Document html, List<String> measured, PdfFonts fonts, Path sourceRoot) {
        if (!store.enabled()) {
            return new PartCache(store, "", Set.of());
        }
        StringBuilder context = new StringBuilder(CodeVersion.of(PartCache.class));
        Element head = html.head().clone();
        head.select("bookmarks").remove(); // the outline's titles: no layout reads them, and a title's edit would undo every run
        context.append(html.child(0).attributes().html()).append('\n').append(markup(List.of(head))).append('\n')
                .append(html.body().attributes().html()).append('\n');
        // The preamble: what every run's document holds before its parts.
        context.append(markup(html.body().children().stream().takeWhile(e -> !PrintParts.startsPage(e)).toList()));
        context.append('\n').append(fonts.fingerprint()).append(otherFiles(sourceRoot));
        return new PartCache(store, PrintParts.digest(context.toString()), Set.copyOf(measured));
    }

    /** What a layout may read of the book's files besides its text: images, stylesheets and fonts. */
    private static final java.util.regex.Pattern READ_BY_LAYOUT = java.util.regex.Pattern.compile(
            ".*\\.(png|jpe?g|gif|webp|bmp|tiff?|svg|css|ttf|otf|ttc|woff2?)");

    /** The book's files a layout may read, with their sizes and times. */
    private static String otherFiles(Path root) {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> READ_BY_LAYOUT.matcher(f.getFileName().toString().toLowerCase(Locale.ROOT)).matches()).filter(Files::isRegularFile).sorted()
                    .forEach(f -> out.append(root.relativize(f)).append(' ').append(FileStamps.of(f)).append('\n'));
        } catch (IOException | UncheckedIOException e) {
            out.append("unreadable ").append(System.nanoTime()); // nothing kept under it is found again
        }
        return out.toString();
    }

    /**
     * Puts back a run of parts as a build that laid it out mended it, and records their measures; whether
     * it could (false: the run is to be laid out). The key is the whole run: a part's mends may depend on
     * the parts laid out with it, so a run is restored only as that build made it, and the book comes out
     * as a build without the cache makes it.
     */
    boolean restore(List<PrintParts.Part> run, PartMeasures measures) {
        if (!store.enabled()) {
            return false;
        }
        String text = store.get(key(run)).orElse(null);
        List<Entry> entries = text == null ? null : Entry.readAll(text, run.size());
        if (entries == null) {
            return false;
        }
        Element context = run.get(0).children().get(0).parent();
        List<List<Element>> restored = new ArrayList<>();
        for (int i = 0; i < run.size(); i++) {
            Entry e = entries.get(i);
            PrintParts.Part p = run.get(i);
            List<Element> children = p.children();
            if (!e.markup().isEmpty()) {
                children = parse(e.markup(), context);
                if (children.isEmpty() || !PrintParts.part(children).digest().equals(e.digest())) {
                    return false; // not what the build kept: laid out again
                }
            } else if (!p.digest().equals(e.digest())) {
                return false;
            }
            restored.add(children);
        }
        for (int i = 0; i < run.size(); i++) {
            List<Element> old = run.get(i).children();
            List<Element> now = restored.get(i);
            if (now != old) {
                for (Element c : now) {
                    old.get(0).before(c);
                }
                old.forEach(Element::remove);
            }
            measures.restore(entries.get(i).digest(), now.get(0), entries.get(i).measure());
        }
        return true;
    }

    /** The elements of kept markup, with the text nodes as they were: apart where they were, and the empty ones. */
    private static List<Element> parse(String markup, Element context) {
        List<Element> out = new ArrayList<>();
        for (Node n : Parser.parseFragment(markup, context, "")) {
            if (n instanceof Element el) {
                out.add(el);
            }
        }
        for (Element e : out) {
            for (Element d : e.getAllElements()) {
                for (Node child : new ArrayList<>(d.childNodes())) {
                    if (child instanceof Comment c && c.getData().equals(EMPTY_TEXT)) {
                        c.replaceWith(new TextNode(""));
                    } else if (child instanceof Comment c && c.getData().equals(TEXT_BREAK)) {
                        c.remove();
                    }
                }
            }
        }
        return out;
    }

    /** Keeps a run of parts measured and mended in this build (its parts' markup before and now), when the build succeeds. */
    void keep(List<PrintParts.Part> run, Map<String, PartMeasures.Measure> byDigest) {
        if (!store.enabled()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (PrintParts.Part before : run) {
            PrintParts.Part after = PrintParts.part(before.children());
            PartMeasures.Measure measure = byDigest.get(after.digest());
            if (measure == null) {
                return;
            }
            text.append(after.digest()).append('\n').append(measure.pages()).append('\n').append(measure.offsets().size()).append('\n');
            measure.offsets().forEach((id, page) -> text.append(id).append('\t').append(page).append('\n'));
            String markup = after.digest().equals(before.digest()) ? "" : markup(after.children());
            text.append(markup.length()).append('\n').append(markup);
        }
        synchronized (pending) {
            pending.put(key(run), text.toString());
        }
    }

    /** A way of dealing the index's columns that may fail with the layout's I/O error; whether it changed them. */
    interface Deal {
        boolean deal() throws IOException;
    }

    /**
     * The index dealt into its columns as a build dealt the same index (its numbers written), or by
     * {@code deal} (a layout of the index alone), kept for later builds; whether the columns changed.
     */
    boolean dealt(Element index, Deal deal) throws IOException {
        if (!store.enabled()) {
            return deal.deal();
        }
        String key = "index\n" + context + "\n" + PrintParts.part(List.of(index)).digest();
        String text = store.get(key).orElse("");
        if (text.equals("0")) {
            return false;
        }
        int second = text.startsWith("1\n") ? text.indexOf('\n', 2) : -1;
        if (second > 0) {
            List<Element> dealt = parse(text.substring(second + 1), index.parent());
            if (dealt.size() == 1 && PrintParts.part(dealt).digest().equals(text.substring(2, second))) {
                index.replaceWith(dealt.get(0));
                return true;
            }
        }
        boolean changed = deal.deal(); // deals the entries again within this element
        String kept = changed ? "1\n" + PrintParts.part(List.of(index)).digest() + "\n" + markup(List.of(index)) : "0";
        synchronized (pending) {
            pending.put(key, kept);
        }
        return changed;
    }

    /** Writes the runs kept in this build: its PDF was painted from their measures. */
    void commit() {
        synchronized (pending) {
            pending.forEach(store::put);
            pending.clear();
        }
    }

    /** The elements' markup as written, not indented (the owner's settings would indent it, and change its text). */
    private static String markup(List<Element> elements) {
        Document shell = Document.createShell("");
        shell.outputSettings().prettyPrint(false);
        for (Element e : elements) {
            Element copy = e.clone();
            // Text nodes side by side would be read back as one, and the renderer breaks lines at a node's end.
            for (Element d : copy.getAllElements()) {
                List<Node> nodes = d.childNodes();
                for (int i = nodes.size() - 1; i > 0; i--) {
                    if (nodes.get(i) instanceof TextNode && nodes.get(i - 1) instanceof TextNode) {
                        nodes.get(i).before(new Comment(TEXT_BREAK));
                    }
                }
                for (Node n : List.copyOf(nodes)) {
                    if (n instanceof TextNode t && t.getWholeText().isEmpty()) { // would not be read back at all
                        t.replaceWith(new Comment(EMPTY_TEXT));
                    }
                }
            }
            shell.body().appendChild(copy);
        }
        return shell.body().html();
    }

    /** The run's key: the context, and each part's markup before it was mended with the ids measured in it. */
    private String key(List<PrintParts.Part> run) {
        StringBuilder key = new StringBuilder(context);
        for (PrintParts.Part p : run) {
            key.append('\n').append(p.digest());
            for (Element child : p.children()) {
                for (Element e : child.getAllElements()) {
                    if (!e.id().isEmpty() && measured.contains(e.id())) {
                        key.append(' ').append(e.id());
                    }
                }
            }
        }
        return key.toString();
    }

    /** A kept part: the digest of its mended markup, its measure, and that markup (empty: unchanged by mends). */
    private record Entry(String digest, PartMeasures.Measure measure, String markup) {
        /** The run's {@code count} parts, or null when the text is damaged. */
        static List<Entry> readAll(String text, int count) {
            try {
                List<Entry> out = new ArrayList<>();
                int[] at = {0};
                for (int k = 0; k < count; k++) {
                    String digest = line(text, at);
                    int pages = Integer.parseInt(line(text, at));
                    int ids = Integer.parseInt(line(text, at));
                    Map<String, Integer> offsets = new LinkedHashMap<>();
                    for (int i = 0; i < ids; i++) {
                        String l = line(text, at);
                        int tab = l.indexOf('\t');
                        offsets.put(l.substring(0, tab), Integer.parseInt(l.substring(tab + 1)));
                    }
                    int length = Integer.parseInt(line(text, at));
                    out.add(new Entry(digest, new PartMeasures.Measure(pages, offsets), text.substring(at[0], at[0] + length)));
                    at[0] += length;
                }
                return at[0] == text.length() ? out : null;
            } catch (RuntimeException e) { // damaged: a miss
                return null;
            }
        }

        private static String line(String text, int[] at) {
            int nl = text.indexOf('\n', at[0]);
            String l = text.substring(at[0], nl);
            at[0] = nl + 1;
            return l;
        }
    }
}
