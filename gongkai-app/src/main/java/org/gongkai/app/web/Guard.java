package org.gongkai.app.web;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Decides whether a write action (upload, review) may run: always on localhost, with the token elsewhere. */
final class Guard {
    private final byte[] token;

    Guard(String token) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    boolean required() { return token != null; }

    /** The token may come as a bearer token, an X-Gongkai-Token header or a form field. */
    boolean allows(Context ctx) {
        // a page of another site must not post to this one through the user's browser, token or not
        String origin = ctx.header("Origin");
        String host = ctx.header("Host");
        if (origin != null && host != null && !origin.equals("http://" + host) && !origin.equals("https://" + host)) return false;
        if (token == null) return true;
        String given = ctx.header("X-Gongkai-Token");
        String auth = ctx.header("Authorization");
        if (given == null && auth != null && auth.startsWith("Bearer ")) given = auth.substring(7).strip();
        if (given == null && isForm(ctx)) given = ctx.formParam("token");
        // constant time, so the token cannot be guessed byte by byte from response times
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isForm(Context ctx) {
        String ct = ctx.contentType();
        return ct != null && ct.startsWith("application/x-www-form-urlencoded");
    }
}
