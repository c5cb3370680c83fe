package dev.augur.example.service;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.util.function.Consumer;

/**
 * One HTTP server on one event loop. The service deploys one instance per event loop on the same
 * port, and Vert.x spreads the connections over them; undeploying closes the server.
 */
final class HttpVerticle extends AbstractVerticle {
  private final Backend backend;
  private final HttpServerOptions options;
  private final Consumer<Router> extraRoutes;
  private final Consumer<Integer> listening;

  HttpVerticle(
      Backend backend,
      HttpServerOptions options,
      Consumer<Router> extraRoutes,
      Consumer<Integer> listening) {
    this.backend = backend;
    this.options = options;
    this.extraRoutes = extraRoutes;
    this.listening = listening;
  }

  @Override
  public void start(Promise<Void> started) {
    Router router = Api.router(vertx, backend);
    extraRoutes.accept(router);
    vertx
        .createHttpServer(options)
        .connectionHandler(
            connection -> {
              backend.metrics().connectionOpened();
              connection.closeHandler(closed -> backend.metrics().connectionClosed());
            })
        .requestHandler(router)
        .listen()
        .onSuccess(
            server -> {
              listening.accept(server.actualPort());
              started.complete();
            })
        .onFailure(started::fail);
  }
}
