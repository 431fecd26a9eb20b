package dev.bookbuilder.importer;

import java.util.List;

/**
 * A book as its table of contents describes it, before it is written in the source format: front
 * pages, chapters (each with its own page or none, and its sections), back pages.
 */
record Outline(List<Entry> front, List<Chapter> chapters, List<Entry> back) {

    /** One page: its title in the contents, and its file below the source root (null for a title only). */
    record Entry(String title, String file) {
    }

    record Chapter(Entry head, List<Entry> pages) {
    }
}
