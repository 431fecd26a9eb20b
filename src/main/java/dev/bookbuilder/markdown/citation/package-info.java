/** Citations: the [@key] syntax, Pandoc's rule for telling it from a link. */
package dev.bookbuilder.markdown.citation;
