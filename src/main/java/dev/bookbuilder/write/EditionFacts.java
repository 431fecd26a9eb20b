package dev.bookbuilder.write;

import java.util.Optional;

/**
 * What writing one format of an edition learns that another format of the same edition can use.
 * Writers that lay out pages run first ({@link BookWriter#laysOutPages()}); one edition's writers run
 * on one thread, one after the other.
 */
public final class EditionFacts {
    private PrintedPages printedPages;

    /** The print layout's pages, when a paginated format was written before this one. */
    public Optional<PrintedPages> printedPages() {
        return Optional.ofNullable(printedPages);
    }

    public void printedPages(PrintedPages pages) {
        this.printedPages = pages;
    }
}
