package dev.bookbuilder.importer;

import java.util.ArrayList;
import java.util.List;

/** What an import could not carry over as it was, each with where it stands in the source. */
final class ImportNotes {
    private final List<String> notes = new ArrayList<>();

    void add(String where, String message) {
        notes.add(where + ": " + message);
    }

    List<String> all() {
        return List.copyOf(notes);
    }
}
