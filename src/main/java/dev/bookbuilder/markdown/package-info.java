/** Parsing each page once with flexmark and our syntax extensions; checks that need the whole book (links, images, index terms). */
package dev.bookbuilder.markdown;
