package dev.bookbuilder.epub;

import dev.bookbuilder.render.Templates;
import io.documentnode.epub4j.domain.Author;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.SpineReference;
import io.documentnode.epub4j.domain.TOCReference;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an epublib book as an EPUB 3 package (epublib's own writer emits EPUB 2): OPF 3.0,
 * the nav document the book already holds, a toc.ncx for older readers. The zip ({@link EpubZip}) is
 * reproducible: fixed entry order and times, no extra fields.
 */
public final class Epub3Writer {
    static final String OEBPS = "OEBPS/";
    private static final String NCX_ID = "ncx";
    private static final String NCX_HREF = "toc.ncx";

    private final Templates templates;
    private final EpubZip zip;

    public Epub3Writer(Templates templates) {
        this(templates, new BuildMemo<>());
    }

    /** @param packed compressed entries kept from the last build of a watch process */
    Epub3Writer(Templates templates, BuildMemo<EpubZip.Packed> packed) {
        this.templates = templates;
        this.zip = new EpubZip(packed);
    }

    /**
     * @param subtitle the book's subtitle (epublib has no field for it)
     * @param modified the build time: dcterms:modified and every zip entry's time
     */
    public void write(EpubPackage pkg, String subtitle, Instant modified, OutputStream target) throws IOException {
        Book book = pkg.book();
        Instant time = modified.truncatedTo(ChronoUnit.SECONDS);
        String lang = book.getMetadata().getLanguage();
        String identifier = book.getMetadata().getIdentifiers().get(0).getValue();
        List<Resource> resources = manifestOrder(book);

        LocalDateTime entryTime = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
        if (entryTime.getYear() < 1980) {
            entryTime = LocalDateTime.of(1980, 1, 1, 0, 0); // the zip format's epoch; earlier times need extra fields
        }
        List<EpubZip.Entry> entries = new ArrayList<>();
        entries.add(new EpubZip.Entry("mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII))); // first, stored
        entries.add(text("META-INF/container.xml", templates.render("epub/container.xml.ftlx", Map.of("opfPath", OEBPS + "content.opf"))));
        entries.add(text(OEBPS + "content.opf", opf(pkg, subtitle, time, lang, identifier, resources)));
        entries.add(text(OEBPS + NCX_HREF, ncx(book, lang, identifier)));
        for (Resource r : resources) {
            entries.add(new EpubZip.Entry(OEBPS + r.getHref(), r.getData()));
        }
        zip.write(entries, entryTime, target);
    }

    private static EpubZip.Entry text(String name, String text) {
        return new EpubZip.Entry(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Spine documents first, in reading order, then everything else by href. */
    private static List<Resource> manifestOrder(Book book) {
        List<Resource> out = new ArrayList<>();
        for (SpineReference s : book.getSpine().getSpineReferences()) {
            out.add(s.getResource());
        }
        book.getResources().getAll().stream()
                .filter(r -> !out.contains(r))
                .sorted(Comparator.comparing(Resource::getHref))
                .forEach(out::add);
        return out;
    }

    private String opf(EpubPackage pkg, String subtitle, Instant time, String lang, String identifier, List<Resource> resources) {
        Book book = pkg.book();
        List<Map<String, String>> items = new ArrayList<>();
        items.add(Map.of("id", NCX_ID, "href", NCX_HREF, "mediaType", MediaTypes.NCX.getName(), "properties", ""));
        for (Resource r : resources) {
            items.add(Map.of("id", r.getId(), "href", r.getHref(), "mediaType", r.getMediaType().getName(),
                    "properties", ((EpubModel.NAV_ID.equals(r.getId()) ? "nav " : "") + pkg.properties(r.getId())).strip()));
        }
        Map<String, Object> m = new HashMap<>();
        m.put("lang", lang);
        m.put("identifier", identifier);
        m.put("title", book.getMetadata().getFirstTitle());
        m.put("subtitle", subtitle == null ? "" : subtitle);
        m.put("authors", book.getMetadata().getAuthors().stream().map(Epub3Writer::name).toList());
        m.put("publisher", dev.bookbuilder.i18n.Labels.of(lang).join(book.getMetadata().getPublishers()));
        m.put("description", String.join("\n", book.getMetadata().getDescriptions()));
        m.put("date", DateTimeFormatter.ISO_LOCAL_DATE.format(time.atOffset(ZoneOffset.UTC)));
        m.put("modified", DateTimeFormatter.ISO_INSTANT.format(time));
        m.put("items", items);
        m.put("accessibility", pkg.accessibility());
        m.put("source", pkg.source());
        m.put("coverId", pkg.properties().entrySet().stream().filter(e -> e.getValue().contains("cover-image"))
                .map(Map.Entry::getKey).findFirst().orElse(""));
        m.put("ncxId", NCX_ID);
        m.put("spine", book.getSpine().getSpineReferences().stream().map(SpineReference::getResourceId).toList());
        return templates.render("epub/content.opf.ftlx", m);
    }

    private String ncx(Book book, String lang, String identifier) {
        List<Map<String, Object>> points = navPoints(book.getTableOfContents().getTocReferences(), new LinkedHashMap<>(), new int[1]);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lang", lang);
        m.put("identifier", identifier);
        m.put("title", book.getMetadata().getFirstTitle());
        m.put("depth", book.getTableOfContents().calculateDepth());
        m.put("navPoints", points);
        return templates.render("epub/toc.ncx.ftlx", m);
    }

    /** NCX points; entries that open the same file (a stage and its first cluster) share a playOrder, as NCX requires. */
    private static List<Map<String, Object>> navPoints(List<TOCReference> refs, Map<String, Integer> orders, int[] ids) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TOCReference ref : refs) {
            Map<String, Object> p = new HashMap<>();
            String src = ref.getCompleteHref();
            int order = orders.computeIfAbsent(src, k -> orders.size() + 1);
            p.put("id", "np-" + (++ids[0]));
            p.put("order", order);
            p.put("label", ref.getTitle());
            p.put("src", src);
            p.put("children", navPoints(ref.getChildren(), orders, ids));
            out.add(p);
        }
        return out;
    }

    private static String name(Author a) {
        String first = a.getFirstname() == null ? "" : a.getFirstname();
        String last = a.getLastname() == null ? "" : a.getLastname();
        return (first + " " + last).strip();
    }
}
