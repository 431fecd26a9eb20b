/**
 * What the book's image and style files become in the output, made safe and sized: raster images
 * checked from their bytes and downsampled once per build (cached by content), SVG rewritten from an
 * allow-list, stylesheets without anything that would leave the book, and the PDF renderer's loader
 * that refuses every resource that is not a file of the book.
 */
package dev.bookbuilder.assets;
