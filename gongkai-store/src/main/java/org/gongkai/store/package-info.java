/**
 * Keeps reports: documents by content, what each was read into, the organs and their history, the review of
 * findings, and the exports analysts use. {@link org.gongkai.store.Store} is the way in; one Flyway schema runs
 * on the embedded H2 default and on PostgreSQL.
 */
package org.gongkai.store;
