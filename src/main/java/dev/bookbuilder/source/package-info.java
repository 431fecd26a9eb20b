/** Reading the book's source files: front and back matter, clusters and their questions, with their front matter. */
package dev.bookbuilder.source;
