/**
 * The seam between a rendered edition and the files made from it: one {@link dev.bookbuilder.write.BookWriter}
 * per output format, registered in {@link dev.bookbuilder.write.Writers}.
 */
package dev.bookbuilder.write;
