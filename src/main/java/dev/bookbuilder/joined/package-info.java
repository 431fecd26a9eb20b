/**
 * What a format that does not keep the EPUB's one file per page needs from the rendered pages: links
 * between page files read as a {@link dev.bookbuilder.joined.PageLink}, and the pages joined into one
 * document ({@link dev.bookbuilder.joined.JoinedPages}) with local links, local images and numbered blocks.
 */
package dev.bookbuilder.joined;
