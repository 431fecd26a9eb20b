/** The command line (picocli): build, list, help and version, with exit codes 0, 1 (the book has errors) and 2 (the command line has). */
package dev.bookbuilder.cli;
