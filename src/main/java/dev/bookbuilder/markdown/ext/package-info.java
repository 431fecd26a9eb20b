/** What our syntax extensions share: the inline-parser plumbing, and nodes that belong to no one syntax (file links). */
package dev.bookbuilder.markdown.ext;
