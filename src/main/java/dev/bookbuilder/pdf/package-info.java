/** The print PDF: the rendered pages joined into one document and laid out by openpdf-html, with fonts, folios and vector figures. */
package dev.bookbuilder.pdf;
