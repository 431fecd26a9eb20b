package dev.bookbuilder.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What an import could not carry over as it was, each with where it stands in the source ({@code file} or {@code file:line}). */
final class ImportNotes {
    private record Note(String file, int line, String text) {
    }

    private final List<Note> notes = new ArrayList<>();

    void add(String where, String message) {
        int colon = where.lastIndexOf(':');
        boolean numbered = colon > 0 && where.substring(colon + 1).matches("\\d+");
        notes.add(new Note(numbered ? where.substring(0, colon) : where, numbered ? Integer.parseInt(where.substring(colon + 1)) : 0,
                where + ": " + message));
    }

    /** In file and line order, whatever order the import found them in. */
    List<String> all() {
        return notes.stream().sorted(Comparator.comparing(Note::file).thenComparingInt(Note::line)).map(Note::text).toList();
    }
}
