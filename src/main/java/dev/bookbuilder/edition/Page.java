package dev.bookbuilder.edition;

import dev.bookbuilder.i18n.Labels;
import dev.bookbuilder.i18n.ScriptGaps;
import dev.bookbuilder.markdown.ParsedPage;

/**
 * One page (one XHTML file) of an edition.
 *
 * @param id       unique in the edition; the file name and the page's start anchor derive from it
 * @param number   the edition's number for a cluster ("3") or question ("3.1"); empty otherwise
 * @param parsed   the parsed source, or null for pages the builder makes
 * @param cluster  for a question, its cluster's opener page; null otherwise
 * @param labels   the book's words: how a chapter's number is shown
 */
public record Page(String id, PageKind kind, String title, String shortTitle, String number, ParsedPage parsed, Page cluster,
        Labels labels) {

    public Page {
        // Titles show the same Han–Latin gap as the text ("Prompt 工程篇"), in every place they are printed.
        title = ScriptGaps.space(title);
        shortTitle = ScriptGaps.space(shortTitle);
    }

    /** The output file name: derived here only, so that EPUB, PDF and links agree. */
    public String fileName() {
        return id + ".xhtml";
    }

    /** The number the page shows: none when its title carries a number of its own ("第二章 …", "2.1 …"). */
    public String displayNumber() {
        return TitleNumbers.carriesNumber(title) ? "" : number;
    }

    /** "3.1", short enough for a list of links; a page without a number gives its short title. */
    public String shortLabel() {
        return number == null || number.isEmpty() ? shortTitle : number;
    }

    /** "3.1 KV Cache 原理", "第3章 推理与部署篇" ("Chapter 3: Inference"), or the title. */
    public String numberedTitle(boolean shortForm) {
        String t = shortForm ? shortTitle : title;
        if (displayNumber().isEmpty()) {
            return t;
        }
        return switch (kind) {
            case QUESTION -> number + " " + t;
            case CLUSTER -> labels.format("chapter.title", number, t);
            default -> t;
        };
    }
}
