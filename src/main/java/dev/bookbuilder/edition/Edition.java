package dev.bookbuilder.edition;

import dev.bookbuilder.config.BookConfig;
import dev.bookbuilder.config.EditionConfig;
import dev.bookbuilder.i18n.Labels;
import dev.bookbuilder.markdown.CrossRef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One edition, assembled: its pages in reading order with the edition's numbering, and what
 * the cross-references of its pages point at.
 *
 * @param leading       title page, colophon, contents, then front matter
 * @param bySource      the edition's page for each source page id it contains
 * @param omittedNotes  for each source page the edition leaves out, the note that replaces links to it
 * @param captionLabels "表 3-1", "图 2-4": the edition's number of each caption, by anchor id
 * @param index         the back-of-book index of the pages the edition holds
 * @param citations     the number of each cited work, in the order the edition first cites them
 */
public record Edition(BookConfig book, EditionConfig config, List<Page> leading, List<Stage> stages, List<Page> back,
        Map<String, Page> bySource, Map<String, String> omittedNotes, Map<String, String> captionLabels, BookIndex index,
        Map<String, Integer> citations) {

    /** A stage (e.g. a week) of the edition and its clusters. */
    public record Stage(String label, List<ClusterPart> clusters) {
    }

    /** A cluster's opener and its questions, numbered for this edition. */
    public record ClusterPart(Page opener, List<Page> questions) {
    }

    public String id() {
        return config.id();
    }

    /** The book's words in its language. */
    public Labels labels() {
        return Labels.of(book.language());
    }

    public boolean isComplete() {
        return "complete".equals(config.id());
    }

    /** The book's title, with the edition's title for any edition but the complete one. */
    public String fullTitle() {
        return isComplete() ? book.title() : book.title() + " · " + config.title();
    }

    /** A stable identifier: a name-based UUID of the book and edition ids, the same in every build. */
    public String identifier() {
        String name = book.id() + "/" + config.id();
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** Where an image of the sources (a path below the source root) lives in the output. */
    public static String assetHref(String sourcePath) {
        // Spaces and URL punctuation in file names: EPUBCheck warns about them, and hrefs would need escaping.
        StringBuilder out = new StringBuilder(ASSET_DIR);
        sourcePath.codePoints().forEach(c -> {
            if (c > 127 || Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '/' || c == '-') {
                out.appendCodePoint(c);
            } else {
                out.append('=').append(String.format("%02X", c));
            }
        });
        return out.toString();
    }

    /** The source path below the root of a packaged image: the inverse of {@link #assetHref}. */
    public static String assetSource(String href) {
        return ESCAPED.matcher(href.substring(ASSET_DIR.length()))
                .replaceAll(m -> String.valueOf((char) Integer.parseInt(m.group(1), 16)));
    }

    private static final String ASSET_DIR = "media/";
    private static final java.util.regex.Pattern ESCAPED = java.util.regex.Pattern.compile("=([0-9A-F]{2})");

    /** The href of a cited work's entry on the references page. */
    public String citationHref(String key) {
        return EditionAssembler.REFERENCES_ID + ".xhtml#ref-" + key;
    }

    /** The id a page's first citation of a work carries; the page's id is prefixed to it when rendered. */
    public static String citationAnchor(String key) {
        return "cite-" + key;
    }

    /** The link from a reference back to {@code page}'s first citation of it. */
    public static String citationBackHref(Page page, String key) {
        return page.fileName() + "#" + page.id() + "-" + citationAnchor(key);
    }

    /** For each cited work, the pages that cite it, in reading order. */
    public Map<String, List<Page>> citingPages() {
        Map<String, List<Page>> out = new java.util.LinkedHashMap<>();
        citations.keySet().forEach(key -> out.put(key, new ArrayList<>()));
        for (Page p : spine()) {
            if (p.parsed() != null) {
                p.parsed().citedKeys().stream().distinct().filter(out::containsKey).forEach(key -> out.get(key).add(p));
            }
        }
        return out;
    }

    /** The study plan: per stage, clusters, questions and reading time. */
    public StudyPlan plan() {
        return StudyPlan.of(stages, labels());
    }

    /** Every page in reading order: the EPUB spine and the PDF's page order. */
    public List<Page> spine() {
        List<Page> all = new ArrayList<>(leading);
        for (Stage s : stages) {
            for (ClusterPart c : s.clusters()) {
                all.add(c.opener());
                all.addAll(c.questions());
            }
        }
        all.addAll(back);
        return all;
    }

    /** The href of a cross-reference inside this edition, or empty when its target is left out. */
    public Optional<String> href(CrossRef ref) {
        Page target = bySource.get(ref.pageId());
        if (target == null) {
            return Optional.empty();
        }
        return Optional.of(target.fileName() + "#" + (ref.anchorId() != null ? ref.anchorId() : target.id()));
    }

    /** The label a link with no text shows: the caption's number, or the page's numbered title. */
    public String linkLabel(CrossRef ref) {
        if (ref.anchorId() != null && captionLabels.containsKey(ref.anchorId())) {
            return captionLabels.get(ref.anchorId());
        }
        Page target = bySource.get(ref.pageId());
        return target == null ? "" : target.numberedTitle(true);
    }

    public String captionLabel(String anchorId) {
        return captionLabels.getOrDefault(anchorId, "");
    }

    /** The note that stands in for a link to a page this edition leaves out. */
    public String omittedNote(CrossRef ref) {
        return omittedNotes.getOrDefault(ref.pageId(), labels().get("omitted.any"));
    }
}
