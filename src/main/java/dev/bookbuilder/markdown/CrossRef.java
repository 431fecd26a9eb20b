package dev.bookbuilder.markdown;

/**
 * Where an internal link points: a page of the book and, optionally, an anchor in it.
 *
 * @param pageId   the id of the target page
 * @param anchorId the anchor's id in the output, or null for the page's start
 */
public record CrossRef(String pageId, String anchorId) {
}
