package dev.bookbuilder.joined;

import dev.bookbuilder.edition.Edition;
import dev.bookbuilder.render.Blocks;
import dev.bookbuilder.render.RenderedPage;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An edition's XHTML pages joined into one document, as a paginated or single-file format lays them out:
 * each page's body becomes a section, links between page files become links within the document, and
 * packaged images are read from the book's folder. The order and the wrappers are the format's to choose.
 */
public final class JoinedPages {
    /** The attribute naming a block's rendered page and place: {@code kv-cache:12}. */
    public static final String BLOCK_ATTR = "data-block";

    private JoinedPages() {
    }

    /**
     * The body of a rendered page, as one section. Each block gets an id (its own, or one made here) and
     * its place on the page, so that after layout the pages can be told to the EPUB ({@code write.PrintedPages}).
     */
    public static Element section(RenderedPage page, String cssClass) {
        Document src = Jsoup.parse(page.xhtml());
        Element wrapper = new Element("div").addClass("page").addClass(cssClass);
        for (Element child : src.body().children()) {
            wrapper.appendChild(child.clone());
        }
        List<Element> blocks = Blocks.of(wrapper);
        for (int i = 0; i < blocks.size(); i++) {
            Element b = blocks.get(i);
            if (b.id().isEmpty()) {
                b.id("pb-" + page.page().id() + "-" + i);
            }
            b.attr(BLOCK_ATTR, page.page().id() + ":" + i);
        }
        return wrapper;
    }

    /** {@code kv-cache.xhtml#x} becomes {@code #x}, and {@code kv-cache.xhtml} {@code #kv-cache}: one document now. */
    public static void localLinks(Element body) {
        for (Element a : body.select("a[href]")) {
            PageLink link = PageLink.parse(a.attr("href"));
            if (link != null) {
                a.attr("href", "#" + link.localId());
            }
        }
    }

    /** A packaged image ({@code media/...}) is read from where it lies in the book's folder. */
    public static void localImages(Element body, Path sourceRoot) {
        for (Element img : body.select("img[src^=media/]")) {
            img.attr("src", sourceRoot.resolve(Edition.assetSource(img.attr("src"))).toUri().toString());
        }
    }
}
