package dev.augur.example.service;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writes answers. On the request's event loop only, like everything that touches a response. */
final class Replies {
  private Replies() {}

  /** Ends the response with {@code body} as JSON and {@code status}. */
  static void json(RoutingContext rc, int status, JsonObject body) {
    rc.response()
        .setStatusCode(status)
        .putHeader("content-type", "application/json")
        .end(body.encode());
  }
}
