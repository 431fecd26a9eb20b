package dev.bookbuilder.edition;

import java.util.List;

/**
 * An edition's back-of-book index: groups headed by a letter (symbols and digits first), entries
 * in reading order, each with its locators, sub-entries and cross-references.
 */
public record BookIndex(List<Group> groups) {

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Entries under one heading letter ("#" for symbols and digits). */
    public record Group(String heading, List<Entry> entries) {
    }

    /**
     * One entry. {@code see} is the entry it only points to (then it has no locators);
     * {@code seeAlso} lists related entries.
     */
    public record Entry(String term, List<Locator> locators, List<Entry> subEntries, String see, List<String> seeAlso) {
        /** One locator per page (the first occurrence): the EPUB shows each question once. */
        public List<Locator> onePerPage() {
            java.util.Set<String> seen = new java.util.HashSet<>();
            return locators.stream().filter(l -> seen.add(l.page().id())).toList();
        }

        /** A stable id for links from see and see-also references. */
        public String anchor() {
            return anchorFor(term);
        }

        /** The id of another entry, by its term. */
        public String anchorFor(String other) {
            return "ix-" + Integer.toHexString(other.hashCode());
        }
    }

    /**
     * Where a term occurs: an anchor on a page of the edition. {@code wholePage} locators come from
     * a question's {@code index:} front matter: the question as a whole is about the term.
     */
    public record Locator(Page page, String anchorId, boolean wholePage) {
        public String href() {
            return page.fileName() + "#" + anchorId;
        }

        /** "3.1 KV Cache 原理": the question's number and short title. */
        public String label() {
            return page.numberedTitle(true);
        }

        /** "3.1": what the EPUB's index shows; {@link #label()} is its tooltip. */
        public String shortLabel() {
            return page.shortLabel();
        }
    }
}
