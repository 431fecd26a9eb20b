/** book.yml, glossary.yml and references.bib read into typed values, every value with its source position. */
package dev.bookbuilder.config;
