package org.gongkai.store;

/** The database cannot be opened or used; the message says why and what to do. */
public class StoreException extends RuntimeException {
    private final String advice;

    public StoreException(String reason, String advice, Throwable cause) {
        super(advice == null ? reason : reason + "; " + advice, cause);
        this.advice = advice;
    }

    public String advice() { return advice; }
}
