/** Index terms: the ((term)) syntax (node, parser, renderer), automatic glossary indexing, and the index checks that need the whole book. */
package dev.bookbuilder.markdown.index;
