package dev.bookbuilder.edition;

/** What a page of an edition is; templates and packaging choose by it. */
public enum PageKind {
    TITLE, COLOPHON, CONTENTS, PLAN, FRONT, CLUSTER, QUESTION, BACK, REFERENCES, INDEX;

    /** Pages the builder makes itself, with no source file. */
    public boolean generated() {
        return this == TITLE || this == COLOPHON || this == CONTENTS || this == PLAN || this == REFERENCES || this == INDEX;
    }
}
