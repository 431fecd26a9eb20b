package dev.bookbuilder.edition;

import dev.bookbuilder.config.EditionConfig;
import dev.bookbuilder.i18n.Labels;
import dev.bookbuilder.markdown.ParsedBook;
import dev.bookbuilder.source.BookSources;
import dev.bookbuilder.source.Cluster;
import dev.bookbuilder.source.Matter;
import dev.bookbuilder.source.Question;
import dev.bookbuilder.markdown.caption.Caption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Puts an edition together from the parsed book: order, numbering, and what links become. */
public final class EditionAssembler {
    public static final String TITLE_PAGE_ID = "titlepage";
    public static final String COLOPHON_ID = "colophon";
    public static final String CONTENTS_ID = "nav";
    public static final String PLAN_ID = "study-plan";
    public static final String INDEX_ID = "book-index";
    public static final String REFERENCES_ID = "book-references";

    private final ParsedBook book;
    private final Labels words;
    private final Map<String, String> completeNotes;

    public EditionAssembler(ParsedBook book) {
        this.book = book;
        this.words = Labels.of(book.sources().config().language());
        this.completeNotes = completeNotes(book.sources(), words);
    }

    public Edition assemble(EditionConfig config) {
        BookSources src = book.sources();
        Map<String, Page> bySource = new LinkedHashMap<>();
        List<Page> leading = new ArrayList<>();
        leading.add(new Page(TITLE_PAGE_ID, PageKind.TITLE, src.config().title(), src.config().title(), "", null, null, words));
        leading.add(made(COLOPHON_ID, PageKind.COLOPHON, "page.colophon"));
        leading.add(made(CONTENTS_ID, PageKind.CONTENTS, "page.contents"));
        leading.add(made(PLAN_ID, PageKind.PLAN, "page.plan"));
        for (Matter m : src.front()) {
            leading.add(put(bySource, new Page(m.id(), PageKind.FRONT, m.title(), m.shortTitle(), "", book.page(m.id()), null, words)));
        }
        List<Edition.Stage> stages = new ArrayList<>();
        int chapter = 0;
        boolean numbering = src.config().numbering();
        for (EditionConfig.Stage stage : config.stages()) {
            List<Edition.ClusterPart> parts = new ArrayList<>();
            for (var folder : stage.clusters()) {
                Cluster c = src.cluster(folder.value());
                if (c == null) {
                    continue; // reported when loading
                }
                // With numbering off (book.yml) pages show only their titles; figures count per chapter.
                String n = numbering ? Integer.toString(++chapter) : "";
                Page opener = put(bySource, new Page(c.id(), PageKind.CLUSTER, c.title(), c.shortTitle(), n, book.page(c.id()), null, words));
                List<Page> questions = new ArrayList<>();
                int q = 0;
                for (Question question : c.questions()) {
                    questions.add(put(bySource, new Page(question.id(), PageKind.QUESTION, question.title(), question.shortTitle(),
                            numbering ? n + "." + (++q) : "", book.page(question.id()), opener, words)));
                }
                parts.add(new Edition.ClusterPart(opener, List.copyOf(questions)));
            }
            stages.add(new Edition.Stage(stage.label(), List.copyOf(parts)));
        }
        List<Page> back = new ArrayList<>();
        for (Matter m : src.back()) {
            back.add(put(bySource, new Page(m.id(), PageKind.BACK, m.title(), m.shortTitle(), "", book.page(m.id()), null, words)));
        }
        Map<String, String> omitted = new HashMap<>(completeNotes);
        omitted.keySet().removeAll(bySource.keySet());
        List<Page> indexed = new ArrayList<>(leading);
        stages.forEach(s -> s.clusters().forEach(c -> {
            indexed.add(c.opener());
            indexed.addAll(c.questions());
        }));
        indexed.addAll(back);
        BookIndex index = new IndexBuilder(src.glossary(), words.locale()).build(indexed);
        Map<String, Integer> citations = citationNumbers(indexed);
        if (!citations.isEmpty()) {
            back.add(made(REFERENCES_ID, PageKind.REFERENCES, "page.references"));
        }
        if (!index.isEmpty()) {
            back.add(made(INDEX_ID, PageKind.INDEX, "page.index"));
        }
        return new Edition(src.config(), config, List.copyOf(leading), List.copyOf(stages), List.copyOf(back),
                Map.copyOf(bySource), Map.copyOf(omitted), captionLabels(leading, stages, back, words), index,
                java.util.Collections.unmodifiableMap(citations));
    }

    /** A page the builder makes, titled in the book's language. */
    private Page made(String id, PageKind kind, String titleKey) {
        String title = words.get(titleKey);
        return new Page(id, kind, title, title, "", null, null, words);
    }

    /**
     * Tables, figures and equations are numbered per cluster ("表 3-2", "Table 3.2"); through the front matter and
     * through the back matter ("表 2"): numbered per page, two pages of the front matter each had a 表 1, and
     * "see 表 1" on one could mean the other's.
     */
    private static Map<String, String> captionLabels(List<Page> leading, List<Edition.Stage> stages, List<Page> back, Labels words) {
        Map<String, String> labels = new HashMap<>();
        number(leading, "", labels, words);
        for (Edition.Stage s : stages) {
            for (Edition.ClusterPart part : s.clusters()) {
                List<Page> pages = new ArrayList<>();
                pages.add(part.opener());
                pages.addAll(part.questions());
                // A chapter titled "第二章 …" numbers its figures 图 2-1, whatever its place in the edition.
                String own = TitleNumbers.chapterNumber(part.opener().title());
                String chapter = own.isEmpty() ? part.opener().number() : own;
                number(pages, chapter.isEmpty() ? "" : chapter + words.get("number.separator"), labels, words);
            }
        }
        number(back, "", labels, words);
        return Map.copyOf(labels);
    }

    private static void number(List<Page> pages, String prefix, Map<String, String> labels, Labels words) {
        Map<Caption.Kind, Integer> counters = new EnumMap<>(Caption.Kind.class);
        for (Page p : pages) {
            if (p.parsed() == null) {
                continue;
            }
            for (Caption c : p.parsed().captions()) {
                if (c.kind() == Caption.Kind.EQUATION && !c.text().isEmpty()) {
                    labels.put(c.anchorId(), words.format("caption.equation.tagged", c.text())); // the author's \tag, outside the count
                    continue;
                }
                int n = counters.merge(c.kind(), 1, Integer::sum);
                labels.put(c.anchorId(), words.format(captionKey(c.kind()), prefix + n));
            }
        }
    }

    private static String captionKey(Caption.Kind kind) {
        return switch (kind) {
            case TABLE -> "caption.table";
            case FIGURE -> "caption.figure";
            case EQUATION -> "caption.equation";
        };
    }

    /** Works are numbered in the order the edition first cites them. */
    private static Map<String, Integer> citationNumbers(List<Page> pages) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (Page p : pages) {
            if (p.parsed() != null) {
                p.parsed().citedKeys().forEach(key -> numbers.putIfAbsent(key, numbers.size() + 1));
            }
        }
        return numbers;
    }

    private static Page put(Map<String, Page> bySource, Page page) {
        bySource.put(page.id(), page);
        return page;
    }

    /** "见完整版 3.1 KV Cache 原理": where each cluster and question stands in the complete book. */
    private static Map<String, String> completeNotes(BookSources src, Labels words) {
        Map<String, String> notes = new HashMap<>();
        int chapter = 0;
        boolean numbering = src.config().numbering();
        for (Cluster c : src.clusters()) {
            chapter++;
            if (!numbering) { // no numbers in the book to point at: the title says where
                notes.put(c.id(), words.format("omitted.titled", c.shortTitle()));
                c.questions().forEach(question -> notes.put(question.id(), words.format("omitted.titled", question.shortTitle())));
                continue;
            }
            notes.put(c.id(), words.format("omitted.chapter", chapter, c.shortTitle()));
            int q = 0;
            for (Question question : c.questions()) {
                notes.put(question.id(), words.format("omitted.page", chapter + "." + (++q), question.shortTitle()));
            }
        }
        return notes;
    }
}
