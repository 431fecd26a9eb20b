/** Our Markdown syntax as flexmark extensions, each a few classes with fixed roles: index terms, math, citations, callouts, captions. */
package dev.bookbuilder.markdown.ext;
