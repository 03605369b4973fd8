package org.gongkai.app.web;

/** An answer other than 200, with the reason people read. */
final class ApiError extends RuntimeException {
    final int status;

    ApiError(int status, String reason) {
        super(reason);
        this.status = status;
    }

    static ApiError notFound(String what) { return new ApiError(404, what + "不存在"); }

    static ApiError badRequest(String reason) { return new ApiError(400, reason); }
}
