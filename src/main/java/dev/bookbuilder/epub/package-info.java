/** EPUB 3 packaging of a rendered edition with epub4j: OPF 3, the nav document, an NCX for older readers. */
package dev.bookbuilder.epub;
