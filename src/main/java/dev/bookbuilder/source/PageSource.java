package dev.bookbuilder.source;

/** Anything that becomes one page of the book: a front or back matter file, a cluster opener or a question. */
public sealed interface PageSource permits Matter, Cluster, Question {
    /** Unique across the book; output file names and anchors derive from it. */
    String id();

    String title();

    /** The short title for the TOC and running heads (the title when none is given). */
    String shortTitle();

    SourceText text();
}
