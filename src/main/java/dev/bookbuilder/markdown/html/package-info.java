/** Raw HTML: the allow-list, the sanitiser, and the safe HTML node it leaves in the tree. */
package dev.bookbuilder.markdown.html;
