/** Diagnostics: the catalogue of codes (DiagnosticCode), findings with file:line:column, and their collection over a build. */
package dev.bookbuilder.diag;
