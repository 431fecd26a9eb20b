package dev.bookbuilder.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an mdBook or GitBook {@code SUMMARY.md}, or a docsify {@code _sidebar.md}: nested lists of links.
 * A top-level item is a chapter, the items below it its pages (deeper levels are flattened into the
 * chapter, with a note); links outside the lists before the first chapter are front pages, after it back pages.
 */
final class SummaryReader {
    private static final Pattern ITEM = Pattern.compile("^(\\s*)[-*+]\\s+(?:\\[(.*)\\]\\((.*)\\)|(.+?))\\s*$");
    private static final Pattern LINK = Pattern.compile("^\\s*\\[(.*)\\]\\((.*)\\)\\s*$");
    /** An item's first link, when words or other links follow it ({@code [Foreword](foreword.md) (by [Brian](https://…))}). */
    private static final Pattern FIRST_LINK = Pattern.compile("^\\s*[-*+]\\s+\\[([^\\]]*)\\]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern TITLE = Pattern.compile("^#\\s+(.+?)\\s*#*\\s*$");

    private SummaryReader() {
    }

    /**
     * @param text  the summary's text
     * @param dir   the summary's folder below the source root ("" at the root), against which its links resolve
     * @param where the summary's name in notes
     */
    static Outline read(String text, String dir, String where, ImportNotes notes) {
        List<Outline.Entry> front = new ArrayList<>();
        List<Outline.Entry> back = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        List<Integer> indents = new ArrayList<>(); // the open levels' indents, outermost first
        String[] lines = text.replace("\r\n", "\n").split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String at = where + ":" + (i + 1);
            Matcher item = ITEM.matcher(line);
            if (item.matches()) {
                int indent = item.group(1).replace("\t", "    ").length();
                while (!indents.isEmpty() && indents.get(indents.size() - 1) >= indent) {
                    indents.remove(indents.size() - 1);
                }
                indents.add(indent);
                String title = item.group(2) != null ? item.group(2) : item.group(4);
                String target = item.group(3);
                Matcher first = FIRST_LINK.matcher(line);
                if (item.group(2) != null && item.group(2).contains("](") && first.find()) {
                    title = first.group(1); // the greedy match spanned two links: the item is its first
                    target = first.group(2);
                }
                items.add(new Item(indents.size() - 1, entry(title, target, dir, at, notes), at));
                continue;
            }
            Matcher link = LINK.matcher(line);
            if (link.matches()) {
                Outline.Entry entry = entry(link.group(1), link.group(2), dir, at, notes);
                if (entry.file() != null) {
                    (items.isEmpty() ? front : back).add(entry);
                }
            } else if (TITLE.matcher(line).matches() && !line.strip().equalsIgnoreCase("# Summary")) {
                notes.add(at, "part title `" + line.strip().substring(1).strip() + "` is not kept: chapters are numbered straight through");
            }
        }
        // A single item holding all the others is the book itself (docsify's home): its page opens the book.
        int shift = 0;
        if (items.stream().filter(it -> it.level() == 0).count() == 1 && items.size() > 1) {
            shift = 1;
            if (items.get(0).entry().file() != null) {
                front.add(0, items.get(0).entry());
            }
        }
        List<Outline.Chapter> chapters = new ArrayList<>();
        List<Outline.Entry> pages = null;
        for (Item it : items.subList(shift, items.size())) {
            int level = it.level() - shift;
            if (level <= 0) {
                pages = new ArrayList<>();
                chapters.add(new Outline.Chapter(it.entry(), pages));
            } else {
                if (level > 1) {
                    notes.add(it.at(), "a third level of the contents: `" + it.entry().title() + "` becomes a page of its chapter");
                }
                if (it.entry().file() != null) {
                    pages.add(it.entry());
                }
            }
        }
        return new Outline(front, chapters, back);
    }

    private record Item(int level, Outline.Entry entry, String at) {
    }

    private static Outline.Entry entry(String title, String url, String dir, String at, ImportNotes notes) {
        String t = title.strip();
        if (url == null) {
            return new Outline.Entry(t, null);
        }
        String u = url.strip();
        if (u.startsWith("<") && u.endsWith(">")) {
            u = u.substring(1, u.length() - 1);
        }
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        if (u.isEmpty()) {
            notes.add(at, "`" + t + "` has no file (a draft): it is left out");
            return new Outline.Entry(t, null);
        }
        if (u.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            notes.add(at, "`" + t + "` links out of the book (" + u + "): it is left out");
            return new Outline.Entry(t, null);
        }
        if (u.endsWith("/")) {
            u = u + "README.md"; // docsify's and GitBook's folder pages
        } else if (!u.endsWith(".md")) {
            u = u + ".md";
        }
        String rel = Paths.resolve(dir, Paths.decode(u));
        if (rel == null) {
            notes.add(at, "`" + t + "` points above the book's folder (" + url.strip() + "): it is left out, not read");
        }
        return new Outline.Entry(t, rel);
    }
}
