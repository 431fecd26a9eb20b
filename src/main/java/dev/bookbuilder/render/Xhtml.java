package dev.bookbuilder.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import java.util.List;

/** Turns flexmark's HTML into well-formed XHTML and scopes its ids to the page. */
final class Xhtml {
    private Xhtml() {
    }

    /**
     * Footnotes as notes that open with their number, linked back; with {@link Markup#semantics()}, EPUB 3's
     * markup for pop-up notes: the reference is a noteref, each note an aside of type footnote; with
     * {@link Markup#roles()}, their DPUB-ARIA roles.
     */
    private static void footnotes(Element body, Markup markup) {
        boolean semantics = markup.semantics();
        boolean roles = markup.roles();
        for (Element ref : semantics || roles ? body.select("a.footnote-ref") : List.<Element>of()) {
            if (semantics) {
                ref.attr("epub:type", "noteref");
            }
            if (roles) {
                ref.attr("role", "doc-noteref");
            }
        }
        for (Element block : body.select("div.footnotes")) {
            Element section = new Element("section").addClass("footnotes");
            if (roles) {
                section.attr("role", "doc-endnotes");
            }
            int n = 0;
            for (Element li : block.select("> ol > li")) {
                n++;
                // An aside in every format: print's stylesheet sets notes by it, and it counts as a block (Blocks).
                Element aside = section.appendElement("aside").id(li.id()).addClass("footnote");
                if (semantics) {
                    aside.attr("epub:type", "footnote");
                }
                if (roles) {
                    aside.attr("role", "doc-footnote");
                }
                Element back = li.selectFirst("a.footnote-backref");
                String backHref = back == null ? null : back.attr("href");
                if (back != null) {
                    back.remove();
                }
                for (org.jsoup.nodes.Node child : List.copyOf(li.childNodes())) {
                    aside.appendChild(child);
                }
                Element first = aside.selectFirst("p");
                if (first == null) {
                    first = aside.prependElement("p");
                }
                Element number = new Element("a").addClass("footnote-backref").text(n + ".");
                if (roles) {
                    number.attr("role", "doc-backlink");
                }
                if (backHref != null) {
                    number.attr("href", backHref);
                }
                first.prependText(" ").prependChild(number);
            }
            block.replaceWith(section);
        }
    }

    /**
     * Parses an HTML fragment and prints it as XHTML. Ids that the book did not allocate
     * (footnotes, for one) get the page id as a prefix, so they stay unique when pages are joined.
     */
    static String fragment(String html, String pageId, Markup markup) {
        // A pure function of its arguments, and most pages come out of flexmark unchanged from the last
        // build of a watch process or from another edition: converted once while the memo stays small
        // (keyed by a digest, so the memo holds only the converted text, and emptied past MAX_CHARS).
        String key = digest(html, pageId, String.valueOf(markup));
        String done = MEMO.get(key);
        if (done == null) {
            done = convert(html, pageId, markup);
            if (MEMO_CHARS.addAndGet(done.length()) > MAX_CHARS) {
                MEMO.clear();
                MEMO_CHARS.set(done.length());
            }
            MEMO.put(key, done);
        }
        return done;
    }

    private static final long MAX_CHARS = 16_000_000;
    private static final java.util.Map<String, String> MEMO = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicLong MEMO_CHARS = new java.util.concurrent.atomic.AtomicLong();

    private static String digest(String... parts) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                byte[] b = p.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                md.update(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
                md.update(b);
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String convert(String html, String pageId, Markup markup) {
        Document doc = Jsoup.parseBodyFragment(html);
        String prefix = pageId + "-";
        for (Element e : doc.body().select("[id]")) {
            String id = e.id();
            if (!id.equals(pageId) && !id.startsWith(prefix)) {
                e.id(prefix + id);
            }
        }
        for (Element a : doc.body().select("a[href^=#]")) {
            String target = a.attr("href").substring(1);
            if (!target.equals(pageId) && !target.startsWith(prefix)) {
                a.attr("href", "#" + prefix + target);
            }
        }
        footnotes(doc.body(), markup);
        CjkQuotes.apply(doc.body());
        CjkSpacing.apply(doc.body());
        doc.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false);
        return doc.body().html();
    }
}
