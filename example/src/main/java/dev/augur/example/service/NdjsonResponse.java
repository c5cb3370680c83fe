package dev.augur.example.service;

import dev.augur.example.Reading;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes a stream of readings to an HTTP response as NDJSON (one JSON object per line), at the pace
 * of the client: rows are requested from the stream only when the response can take them, so a slow
 * client holds back Cassandra instead of filling the server's memory.
 *
 * <p>How the pace is kept: {@value #BATCH} rows are requested at a time, and the next batch only
 * once every row of the last one is written and the response's write queue is not full ({@link
 * HttpServerResponse#writeQueueFull()}); when it is full, the {@link
 * HttpServerResponse#drainHandler drain handler} asks again once the socket has taken the bytes.
 * The stream itself fetches a page only when demand needs it, never more than one ahead. So the
 * server holds at most: a batch here, two pages in the stream, and the write queue's high-water
 * mark (64 KB), however large the result and however slow the client.
 *
 * <p>Threads: the stream's signals arrive on the driver's I/O threads (the session has no callback
 * executor); there, rows are only queued and a drain is scheduled. Everything that touches the
 * response, and every {@code request(n)}, runs on the request's event loop ({@code context}).
 *
 * <p>A stream that fails before its first row is answered like any failed request (503, 504...);
 * one that fails later ends with a last line {@code {"error": ..., "message": ...}}. A client that
 * disconnects cancels the stream: no further page is fetched.
 */
final class NdjsonResponse implements Flow.Subscriber<Reading> {
  /** Rows requested from the stream at a time: about 40 KB of NDJSON. */
  static final int BATCH = 512;

  private final RoutingContext rc;
  private final HttpServerResponse response;
  private final Context context;
  private final Metrics metrics;
  private final Queue<Reading> arrived = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean drainScheduled = new AtomicBoolean();
  private volatile Flow.Subscription subscription;
  private volatile boolean completed;
  private volatile Throwable failure;

  // Touched on the event loop only.
  private long awaited;
  private boolean started;
  private boolean finished;

  private NdjsonResponse(RoutingContext rc, Metrics metrics) {
    this.rc = rc;
    this.response = rc.response();
    this.context = rc.vertx().getOrCreateContext();
    this.metrics = metrics;
  }

  /** Streams {@code readings} into {@code rc}'s response. Call on the request's event loop. */
  static void write(RoutingContext rc, Flow.Publisher<Reading> readings, Metrics metrics) {
    NdjsonResponse writer = new NdjsonResponse(rc, metrics);
    metrics.streamStarted();
    writer.response.closeHandler(closed -> writer.cancel());
    readings.subscribe(writer);
  }

  // ---- Flow signals: on a driver thread (onSubscribe: on the subscribing event loop) ----

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    context.runOnContext(
        v -> {
          if (finished) {
            subscription.cancel(); // the client left before the stream began
          } else {
            requestMore();
          }
        });
  }

  @Override
  public void onNext(Reading reading) {
    arrived.add(reading);
    scheduleDrain();
  }

  @Override
  public void onError(Throwable error) {
    failure = error;
    scheduleDrain();
  }

  @Override
  public void onComplete() {
    completed = true;
    scheduleDrain();
  }

  private void scheduleDrain() {
    // One drain task at a time, however many rows arrive meanwhile: rows of a page travel to the
    // event loop together rather than one task each.
    if (drainScheduled.compareAndSet(false, true)) {
      context.runOnContext(v -> drain());
    }
  }

  // ---- On the event loop ----

  private void drain() {
    drainScheduled.set(false);
    if (finished) {
      arrived.clear();
      return;
    }
    // Read the end signals before taking the rows: every row arrived before its stream's end.
    boolean ended = completed;
    Throwable error = failure;
    Buffer lines = Buffer.buffer();
    int rows = 0;
    for (Reading reading; (reading = arrived.poll()) != null; rows++) {
      lines.appendString(JsonViews.reading(reading).encode()).appendByte((byte) '\n');
    }
    awaited -= rows;
    if (rows > 0) {
      start();
      response.write(lines);
      metrics.rowsWritten(rows);
    }
    if (error != null) {
      fail(error);
    } else if (ended) {
      start();
      finish();
      response.end();
    } else {
      requestMore();
    }
  }

  private void requestMore() {
    if (finished || awaited > 0) {
      return;
    }
    if (response.writeQueueFull()) {
      // The client is slower than Cassandra: ask again once the socket has taken the bytes.
      response.drainHandler(drained -> requestMore());
      return;
    }
    awaited = BATCH;
    subscription.request(BATCH);
  }

  private void start() {
    if (!started) {
      started = true;
      response.setChunked(true).putHeader("content-type", "application/x-ndjson");
    }
  }

  private void fail(Throwable error) {
    finish();
    if (!started) {
      rc.fail(error);
      return;
    }
    ApiError apiError = Failures.toApiError(error, 500);
    JsonObject last = apiError.toJson();
    response.end(last.encode() + "\n");
  }

  /** The client went away (or the server is closing the connection): stop fetching. */
  private void cancel() {
    Flow.Subscription current = subscription;
    if (current != null) {
      current.cancel();
    }
    if (!finished) {
      finish();
    }
  }

  private void finish() {
    finished = true;
    metrics.streamEnded();
  }
}
