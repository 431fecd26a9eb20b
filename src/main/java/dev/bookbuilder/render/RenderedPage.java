package dev.bookbuilder.render;

import dev.bookbuilder.edition.Page;

/** A page of an edition as a complete XHTML document. */
public record RenderedPage(Page page, String xhtml) {
}
