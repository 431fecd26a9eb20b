package dev.bookbuilder.web;

import dev.bookbuilder.edition.Edition;
import dev.bookbuilder.render.RenderedEdition;
import dev.bookbuilder.render.RenderedPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Makes a rendered edition into its web site. One builder may make the same edition again and again
 * ({@code serve}): a page whose inputs are unchanged is not converted again.
 */
public final class SiteBuilder {
    private final Path sourceRoot;
    private final Map<String, byte[]> pageCache = new ConcurrentHashMap<>();

    public SiteBuilder(Path sourceRoot) {
        this.sourceRoot = sourceRoot;
    }

    public Site build(RenderedEdition rendered) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        String bookTitle = rendered.edition().fullTitle();
        SiteNav nav = new SiteNav(rendered.toc());
        List<RenderedPage> pages = rendered.pages();
        Map<String, byte[]> html = new ConcurrentHashMap<>();
        Map<String, byte[]> used = new ConcurrentHashMap<>();
        IntStream.range(0, pages.size()).parallel().forEach(i -> {
            RenderedPage p = pages.get(i);
            WebPage.Neighbours around = new WebPage.Neighbours(i == 0 ? null : pages.get(i - 1).page(),
                    i + 1 == pages.size() ? null : pages.get(i + 1).page());
            String sidebar = nav.html(p.page());
            String key = digest(p.xhtml(), sidebar, bookTitle, around.previous() == null ? "" : around.previous().numberedTitle(true)
                    + around.previous().fileName(), around.next() == null ? "" : around.next().numberedTitle(true) + around.next().fileName());
            byte[] page = pageCache.computeIfAbsent(key, k -> WebPage.html(p.xhtml(), rendered.mathImages(), p.page(), around,
                    bookTitle, sidebar).getBytes(StandardCharsets.UTF_8));
            html.put(SiteNames.of(p.page().fileName()), page);
            used.put(key, page);
        });
        pageCache.keySet().retainAll(used.keySet()); // only the last build's pages stay cached
        files.putAll(html);
        files.put(WebPage.BOOK_CSS, rendered.css().getBytes(StandardCharsets.UTF_8));
        files.put(WebPage.WEB_CSS, resource("web.css"));
        files.put(WebPage.PRINT_CSS, resource("web-print.css"));
        for (String image : rendered.images()) {
            files.put(Edition.assetHref(image), read(sourceRoot.resolve(image)));
        }
        rendered.figureImages().forEach((name, svg) -> files.put(name, svg.getBytes(StandardCharsets.UTF_8)));
        return new Site(files);
    }

    /** A file of the builder's own (src/main/resources/web/). */
    static byte[] resource(String name) {
        try (InputStream in = SiteBuilder.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the builder lacks its resource web/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    private static String digest(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String s : parts) {
                md.update(s.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
