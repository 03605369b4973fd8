/**
 * The layout model every reader produces: an ordered list of blocks, each a paragraph or a table grid
 * of cells with their spans and source locations. Readers know formats, not templates.
 */
package org.gongkai.extract.layout;
