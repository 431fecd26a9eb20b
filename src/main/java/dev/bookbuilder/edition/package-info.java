/** One edition assembled from the parsed book: page order, numbering, links, captions, citations, the index and the study plan. */
package dev.bookbuilder.edition;
