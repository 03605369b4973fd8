package org.gongkai.store;

/** The store contract on embedded H2 in PostgreSQL mode, a fresh file database per test. */
class H2StoreTest extends StoreContract {
    @Override
    String newDatabase() { return tmp.resolve("db").toString(); }
}
