/** The fixed words of a book in its language (labels, numbering formats, separators) and what the language changes in typesetting. */
package dev.bookbuilder.i18n;
