package dev.augur.example.webflux;

import io.netty.handler.codec.http.HttpHeaderNames;
import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * A plain HTTP client of the service, on event loops of its own so that it does not share the
 * server's, with up to {@code connections} connections.
 */
final class Http implements AutoCloseable {
  private final ConnectionProvider connections;
  private final LoopResources loops;
  private final HttpClient client;

  record Reply(int status, String body) {}

  Http(int port, int connections) {
    this.connections =
        ConnectionProvider.builder("test-client")
            .maxConnections(connections)
            .pendingAcquireMaxCount(-1)
            .pendingAcquireTimeout(Duration.ofSeconds(60))
            .build();
    this.loops = LoopResources.create("test-client", 2, true);
    this.client =
        HttpClient.create(this.connections)
            .runOn(loops)
            .baseUrl("http://127.0.0.1:" + port)
            .responseTimeout(Duration.ofSeconds(60));
  }

  Reply get(String path) {
    return getAsync(path).block(Duration.ofSeconds(60));
  }

  Reply post(String path, String json) {
    return postAsync(path, json).block(Duration.ofSeconds(60));
  }

  Mono<Reply> getAsync(String path) {
    return client.get().uri(path).responseSingle(Http::reply);
  }

  Mono<Reply> postAsync(String path, String json) {
    return client
        .headers(h -> h.set(HttpHeaderNames.CONTENT_TYPE, "application/json"))
        .post()
        .uri(path)
        .send(ByteBufFlux.fromString(Mono.just(json)))
        .responseSingle(Http::reply);
  }

  private static Mono<Reply> reply(
      reactor.netty.http.client.HttpClientResponse response, reactor.netty.ByteBufMono body) {
    int status = response.status().code();
    return body.asString().defaultIfEmpty("").map(text -> new Reply(status, text));
  }

  @Override
  public void close() {
    connections.disposeLater().block(Duration.ofSeconds(10));
    loops.disposeLater().block(Duration.ofSeconds(10));
  }

}
